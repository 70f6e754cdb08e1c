namespace Vigie.Decoys.Detection;

/// <summary>The sign-in log formats a detector reads (README, "Decoys", "Detection").</summary>
internal enum LogFormat
{
    /// <summary>Microsoft Graph signIns (a collection page, one signIn, JSON lines of them) or the Azure Monitor record.</summary>
    Entra,

    /// <summary>The Log Analytics SigninLogs table exported as CSV.</summary>
    EntraLa,

    /// <summary>Google Workspace Reports API activities, application login (a page, an array, or JSON lines).</summary>
    Google,

    /// <summary>Okta System Log events (GET /api/v1/logs arrays, JSON lines, or event hook deliveries).</summary>
    Okta,

    /// <summary>Any JSON lines, with a field mapping.</summary>
    Jsonl,

    /// <summary>Any CSV with a header row, with a field mapping.</summary>
    Csv,

    /// <summary>Syslog text, with a pattern (sshd, Dovecot, Roundcube, Nextcloud built in).</summary>
    Syslog,
}
