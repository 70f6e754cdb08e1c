using Vigie.TestSupport;
using Vigie.TestSupport.Smtp;
using YamlDotNet.RepresentationModel;

namespace Vigie.Mail.Tests;

public sealed class SmtpSettingsReaderTests
{
    [Fact]
    public void Read_HostAndFrom_DefaultsToStartTlsOnSubmissionPort()
    {
        var settings = Read("host: mail.example.org\nfrom: Vigie <vigie@example.org>\n", "/etc/vigie");

        Assert.Equal(("mail.example.org", 587, SmtpSecurity.StartTls), (settings.Host, settings.Port, settings.Security));
        Assert.Equal("vigie@example.org", settings.From.Address);
        Assert.Equal("Vigie", settings.From.Name);
        Assert.Null(settings.User);
        Assert.Equal(4, settings.Attempts);
    }

    [Theory]
    [InlineData("tls", 465)]
    [InlineData("none", 25)]
    public void Read_Security_PicksItsPort(string security, int port)
    {
        var settings = Read($"host: h\nfrom: a@b.org\nsecurity: {security}\n", "/");

        Assert.Equal(port, settings.Port);
    }

    [Fact]
    public void Read_PasswordFile_ReadsItRelativeToTheConfigFolderWithoutTheNewline()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("smtp.secret"), "s3cret pass\n");

        var settings = Read("host: h\nport: 2525\nfrom: a@b.org\nuser: vigie\npassword_file: smtp.secret\nattempts: 2\n", folder.Path);

        Assert.Equal(("vigie", "s3cret pass", 2525, 2), (settings.User, settings.Password, settings.Port, settings.Attempts));
        Assert.DoesNotContain("s3cret", settings.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from: a@b.org\n", "vigie.yaml line 1, smtp: 'host' is required")]
    [InlineData("host: h\n", "vigie.yaml line 1, smtp: 'from' is required (the sender address, e.g. \"Vigie <vigie@example.org>\")")]
    [InlineData("host: h\nfrom: not an address\n", "vigie.yaml line 2, smtp.from: 'not an address' is not an e-mail address")]
    [InlineData("host: h\nfrom: a@b.org\nsecurity: ssl\n", "vigie.yaml line 3, smtp.security: 'ssl' is not one of none, starttls, tls")]
    [InlineData("host: h\nfrom: a@b.org\nport: 70000\n", "vigie.yaml line 3, smtp.port: '70000' is not a number from 1 to 65535")]
    [InlineData("host: h\nfrom: a@b.org\nuser: u\n", "vigie.yaml line 1, smtp: 'user' and 'password' (or 'password_file') go together")]
    [InlineData("host: h\nfrom: a@b.org\nuser: u\npassword: p\npassword_file: f\n", "vigie.yaml line 1, smtp: give 'password' or 'password_file', not both")]
    [InlineData("host: h\nfrom: a@b.org\nsender: x\n", "vigie.yaml line 3: unknown field 'smtp.sender' (expected one of host, port, security, user, password, password_file, from, attempts, max_backoff, timeout, ca_file, fingerprint)")]
    [InlineData("host: h\nfrom: a@b.org\nfingerprint: ab:cd\n", "vigie.yaml line 3, smtp.fingerprint: 'ab:cd' is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed: openssl x509 -noout -fingerprint -sha256)")]
    [InlineData("host: h\nfrom: a@b.org\nca_file: a.pem\nfingerprint: ab\n", "vigie.yaml line 1, smtp: give 'ca_file' or 'fingerprint', not both")]
    public void Read_BadSection_OneLineNamingFileLineAndField(string yaml, string message)
    {
        var error = Assert.Throws<MailConfigException>(() => Read(yaml, "/"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_CaFileOrFingerprint_TrustsOnlyWhatIsGiven()
    {
        using var certificate = TestCertificate.Create();
        var pin = string.Join(':', certificate.Sha256.ToUpperInvariant().Chunk(2).Select(c => new string(c)));

        var byFile = Read($"host: h\nfrom: a@b.org\nca_file: {Path.GetFileName(certificate.AuthorityFile)}\n", Path.GetDirectoryName(certificate.AuthorityFile)!);
        var byPin = Read($"host: h\nfrom: a@b.org\nsecurity: tls\nfingerprint: \"{pin}\"\n", "/");
        var byDefault = Read("host: h\nfrom: a@b.org\n", "/");

        Assert.Equal("CN=Vigie test CA", Assert.Single(byFile.Trust.Authorities!).Subject);
        Assert.Equal(certificate.Sha256, byPin.Trust.Sha256Fingerprint);
        Assert.Contains("certificate pinned by fingerprint", byPin.Describe(), StringComparison.Ordinal);
        Assert.Same(SmtpTrust.System, byDefault.Trust);
        Assert.Null(byDefault.Trust.Callback());
    }

    [Fact]
    public void Read_CaFileWithoutCertificate_SaysWhichFile()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("ca.pem"), "not a certificate\n");

        var error = Assert.Throws<MailConfigException>(() => Read("host: h\nfrom: a@b.org\nca_file: ca.pem\n", folder.Path));

        Assert.Equal($"vigie.yaml line 3, smtp.ca_file: {folder.File("ca.pem")} holds no PEM certificate", error.Message);
    }

    [Fact]
    public void Read_MissingPasswordFile_SaysWhichFile()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<MailConfigException>(() => Read("host: h\nfrom: a@b.org\nuser: u\npassword_file: nope\n", folder.Path));

        Assert.StartsWith($"vigie.yaml line 4, smtp.password_file: cannot read {folder.File("nope")}", error.Message, StringComparison.Ordinal);
    }

    private static SmtpSettings Read(string yaml, string baseFolder)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return SmtpSettingsReader.Read(stream.Documents[0].RootNode, "vigie.yaml", baseFolder);
    }
}
