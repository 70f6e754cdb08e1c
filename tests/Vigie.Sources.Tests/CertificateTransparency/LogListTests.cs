using Vigie.Sources.CertificateTransparency;
using Vigie.Sources.Http;
using Vigie.Sources.Tests.Support;
using Vigie.TestSupport;

namespace Vigie.Sources.Tests.CertificateTransparency;

public sealed class LogListTests
{
    private static byte[] Google => File.ReadAllBytes(SharedData.Path("ct/loglists/gstatic_v3_all_logs_list.json"));

    private static byte[] GoogleSig => File.ReadAllBytes(SharedData.Path("ct/loglists/gstatic_v3_all_logs_list.sig"));

    private static byte[] Apple => File.ReadAllBytes(SharedData.Path("ct/loglists/apple_current_log_list.json"));

    [Fact]
    public void Verify_GoogleListWithSharedKey_Passes()
    {
        LogListSignature.Verify(Google, GoogleSig, File.ReadAllText(SharedData.Path("ct/loglists/gstatic_log_list_pubkey.pem")));
    }

    [Fact]
    public void Verify_BundledCopies_Pass()
    {
        LogListSignature.Verify(BundledLogLists.GoogleList, BundledLogLists.GoogleSignature, BundledLogLists.GooglePublicKeyPem);
    }

    [Fact]
    public void Verify_OneByteChanged_Throws()
    {
        var list = Google;
        list[100] ^= 1;

        var error = Assert.Throws<CtFormatException>(() => LogListSignature.Verify(list, GoogleSig, BundledLogLists.GooglePublicKeyPem));

        Assert.Contains("does not verify", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GoogleList_ActiveLogsOfBothKinds()
    {
        var logs = LogListParser.Parse(Google, "google");

        Assert.Equal(21, logs.Count(l => l.Kind == CtLogKind.Rfc6962 && l.IsActive));
        Assert.Equal(22, logs.Count(l => l.Kind == CtLogKind.Tiled && l.IsActive));
        var argon = logs.Single(l => l.Name == "Google 'Argon2026h1' log");
        Assert.Equal(new Uri("https://ct.googleapis.com/logs/us1/argon2026h1/"), argon.Url);
        Assert.Equal("rejected", argon.State);
        var parcel = logs.Single(l => l.Name == "Google 'ParcelYard2026h2' log");
        Assert.Equal(CtLogKind.Tiled, parcel.Kind);
        Assert.Equal("qualified", parcel.State);
        Assert.Equal(new Uri("https://storage.googleapis.com/parcelyard2026h2.prod.certificate.transparency.goog/"), parcel.Url);
    }

    [Fact]
    public void FromBytes_BothLists_MergedByLogId()
    {
        var logs = LogListLoader.FromBytes(Google, GoogleSig, Apple);

        Assert.Equal(logs.Count, logs.Select(l => l.LogId).Distinct().Count());
        Assert.Contains(logs, l => l.Lists.SequenceEqual(["google", "apple"]));
        Assert.Contains(logs, l => l.Lists.SequenceEqual(["apple"]));
        Assert.Contains(logs, l => l.IsActive && l.Kind == CtLogKind.Tiled && l.Lists.Contains("apple"));
    }

    [Fact]
    public void Parse_BrokenJson_ThrowsNamingList()
    {
        var error = Assert.Throws<CtFormatException>(() => LogListParser.Parse("{\"operators\": ["u8, "apple"));

        Assert.StartsWith("apple log list is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_ListsUnreachable_BundledCopiesAndOneWarningEach()
    {
        var http = new FakeHttpGetter(_ => new HttpAnswer(503, [], null));

        var (logs, warnings) = await new LogListLoader(http).LoadAsync(CancellationToken.None);

        Assert.NotEmpty(logs);
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("HTTP 503", w, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_TamperedGoogleList_RefusedWithWarning()
    {
        var tampered = Google;
        tampered[200] ^= 1;
        var http = new FakeHttpGetter(uri => uri == LogListSources.GoogleList ? new HttpAnswer(200, tampered, null)
            : uri == LogListSources.GoogleSignature ? new HttpAnswer(200, GoogleSig, null)
            : new HttpAnswer(200, Apple, null));

        var (logs, warnings) = await new LogListLoader(http).LoadAsync(CancellationToken.None);

        Assert.Contains(warnings, w => w.StartsWith("Google log list signature does not verify", StringComparison.Ordinal));
        Assert.Equal(LogListLoader.FromBytes(BundledLogLists.GoogleList, BundledLogLists.GoogleSignature, Apple).Count, logs.Count);
    }
}
