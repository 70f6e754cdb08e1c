using Vigie.TestSupport;

namespace Vigie.Cli.Tests.Serve;

/// <summary>`vigie serve --check-config` with the alerts: section: each channel, where it delivers, what triggers it, and no credential.</summary>
public sealed class ServeCommandAlertsTests
{
    [Fact]
    public async Task CheckConfig_AlertChannels_PrintsKindTargetAndTriggersWithoutAnySecret()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("slack-url"), "https://hooks.chat.test/services/T000/B000/XXXXsecretpathXXXX\n");
        var config = folder.File("vigie.yaml");
        await File.WriteAllTextAsync(config, $"""
            data: {folder.Path}
            smtp:
              host: 127.0.0.1
              port: 2525
              security: none
              from: vigie@en-marche.fr
            alerts:
              channels:
                - name: soc
                  type: webhook
                  url: https://soc.lab.test/hooks/vigie?token=querysecret
                  secret: 0123456789abcdef-webhook-secret
                - name: team-chat
                  type: slack
                  url_file: slack-url
                  rules:
                    - on: [new_finding, went_live]
                      min_score: 70
                      organisations: [en-marche]
                    - on: [decoy_used]
                - name: matrix
                  type: matrix
                  homeserver: https://matrix.lab.test
                  room: "!AbCdEf:lab.test"
                  access_token: syt_matrixsecrettoken
                - name: siem
                  type: syslog
                  host: 127.0.0.1
                  port: 6514
                  transport: tls
                  format: cef
                - name: mail
                  type: email
                  to: [security@en-marche.fr]
                  rules:
                    - on: [verdict]
                      verdicts: [phishing, copy]
            """);

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("serve", "--config", config, "--check-config");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("  alerts: 5 channel(s)", stdout, StringComparison.Ordinal);
        Assert.Contains("    soc (webhook): https://soc.lab.test/hooks/vigie?(query hidden) (signed with HMAC-SHA256; secret hidden)\n      on every event, verdicts phishing, all organisations\n", stdout, StringComparison.Ordinal);
        Assert.Contains("    team-chat (slack): https://hooks.chat.test/… (the URL is the credential: hidden)\n"
            + "      on new_finding, went_live, findings scoring 70 or more, of en-marche; or decoy_used, all organisations\n", stdout, StringComparison.Ordinal);
        Assert.Contains("    matrix (matrix): room !AbCdEf:lab.test on https://matrix.lab.test/ (access token hidden)\n", stdout, StringComparison.Ordinal);
        Assert.Contains("    siem (syslog): tls://127.0.0.1:6514 cef, facility local0\n", stdout, StringComparison.Ordinal);
        Assert.Contains("    mail (email): security@en-marche.fr through the smtp: server\n      on verdict, verdicts copy, phishing, all organisations\n", stdout, StringComparison.Ordinal);
        foreach (var secret in new[] { "querysecret", "webhook-secret", "secretpath", "T000", "syt_matrixsecrettoken" })
        {
            Assert.DoesNotContain(secret, stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CheckConfig_NoAlertsSection_SaysNoneIsSent()
    {
        using var folder = new TempFolder();
        var config = folder.File("vigie.yaml");
        await File.WriteAllTextAsync(config, $"data: {folder.Path}\n");

        var (code, stdout, stderr) = await VigieAppTests.RunAsync("serve", "--config", config, "--check-config");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("  alerts: (none: no alert sent)", stdout, StringComparison.Ordinal);
    }
}
