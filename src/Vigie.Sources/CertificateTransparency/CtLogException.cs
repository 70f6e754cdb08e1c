namespace Vigie.Sources.CertificateTransparency;

/// <summary>A log could not be read or failed a check; the message starts with the log's name.</summary>
internal sealed class CtLogException(string message, Exception? inner = null) : Exception(message, inner);
