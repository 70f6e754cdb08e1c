namespace Vigie.Enrichment.Browser;

/// <summary>Chromium answered a DevTools command with an error, or the connection to it ended.</summary>
internal sealed class CdpException(string message) : Exception(message);
