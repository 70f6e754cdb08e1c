namespace Vigie.Web.Hosting;

/// <summary>A configuration file that cannot be used; the message is one line naming the file, the line and the field.</summary>
internal sealed class ServeConfigException(string message) : Exception(message);
