using System.Text.RegularExpressions;

namespace Vigie.Decoys.Detection;

/// <summary>
/// Syslog text: each line tried against the patterns, which name the groups `user` and `ip` (and may name `ua`,
/// `outcome`, `time`). Without a pattern of the operator's, the built-in ones read OpenSSH (auth.log: "Failed password
/// for [invalid user] U from IP", "Invalid user U from IP", "Accepted password for U from IP"), Dovecot ("auth failed
/// … user=&lt;U&gt; … rip=IP", "auth(U,IP): unknown user"), Roundcube ("FAILED login for U from IP") and Nextcloud
/// ("Login failed: U (Remote IP: IP)"). A user name can itself contain " from 1.2.3.4 port 5 ssh2" (fail2ban's
/// injection cases), so the patterns take the address that the daemon's own words follow: the " from IP" after which
/// only the port and protocol (sshd) or ". AUTHENTICATE" / " in session" (Roundcube) come.
/// </summary>
internal sealed partial class SyslogParser(IReadOnlyList<Regex> patterns, TimeProvider time) : ISignInParser
{
    public static IReadOnlyList<Regex> BuiltIn { get; } = [Sshd(), Dovecot(), DovecotUnknown(), Roundcube(), Nextcloud()];

    public RecordFraming Framing => RecordFraming.Lines;

    public bool Primed => true;

    public IReadOnlyList<SignInEvent> Parse(string record)
    {
        foreach (var pattern in patterns)
        {
            var m = pattern.Match(record);
            if (!m.Success || !m.Groups["user"].Success)
            {
                continue;
            }

            var stamp = m.Groups["time"].Success ? m.Groups["time"].Value : Stamp().Match(record) is { Success: true } s ? s.Value : null;
            var outcome = m.Groups["outcome"].Success ? m.Groups["outcome"].Value : Outcome(record);
            return [new SignInEvent(m.Groups["user"].Value, LogTime.Parse(stamp, time.GetUtcNow()), m.Groups["ip"].Success ? m.Groups["ip"].Value : null,
                m.Groups["ua"].Success ? m.Groups["ua"].Value : null, outcome, null)];
        }

        return [];
    }

    private static string Outcome(string line) =>
        line.Contains("Accepted ", StringComparison.Ordinal) || line.Contains("Login successful", StringComparison.OrdinalIgnoreCase) ? "success" : "failure";

    [GeneratedRegex(@"^(?:\d{4}-\d\d-\d\dT[0-9:.]+(?:Z|[+-]\d\d:?\d\d)?|[A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:\d\d)")]
    private static partial Regex Stamp();

    [GeneratedRegex(@"sshd(?:-session)?\[\d+\]: (?:(?:Failed|Accepted) (?:password|publickey|keyboard-interactive/pam) for (?:invalid user )?|Invalid user )(?<user>.*?) from (?<ip>[0-9a-fA-F:.]*[0-9a-fA-F])(?: port \d+(?: ssh\d?)?(?:: .*)?| \[preauth\])?$")]
    private static partial Regex Sshd();

    [GeneratedRegex(@"(?:imap|pop3|submission|managesieve)-login: .*?(?:auth failed|Aborted login|Disconnected).*?user=<(?<user>[^>]*)>.*?rip=(?<ip>[0-9a-fA-F:.]+)")]
    private static partial Regex Dovecot();

    [GeneratedRegex(@"auth(?:-worker)?(?:\(\d+\))?: (?:passwd-file|pam|sql|ldap|passwd|shadow)\((?<user>[^,()]+),(?<ip>[0-9a-fA-F:.]+)(?:,[^)]*)?\): (?:unknown user|Password mismatch|password mismatch)")]
    private static partial Regex DovecotUnknown();

    [GeneratedRegex(@"(?:FAILED login|Login failed|Failed login) for (?<user>.*?) from (?<ip>[0-9a-fA-F:.]*[0-9a-fA-F])(?:\. AUTHENTICATE| in session|$)")]
    private static partial Regex Roundcube();

    [GeneratedRegex(@"Login failed: '?(?<user>[^' ]+)'? \(Remote IP: '?(?<ip>[0-9a-fA-F:.]+)'?\)")]
    private static partial Regex Nextcloud();
}
