namespace Vigie.Sources.CertificateTransparency;

/// <summary>A log entry, tile, tree head or certificate that does not follow its format; the message says what and where.</summary>
internal sealed class CtFormatException(string message, Exception? inner = null) : Exception(message, inner);
