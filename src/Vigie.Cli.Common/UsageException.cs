namespace Vigie.Cli;

/// <summary>Bad input found after parsing (an invalid domain, an unreadable file): reported as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
