using Vigie.Sources.Http;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Loads Google's list (checked against the bundled key) and Apple's, merged. A list that cannot be fetched
/// is replaced by its bundled copy with a warning; a Google list whose signature fails is never used.
/// </summary>
internal sealed class LogListLoader(IHttpGetter? http)
{
    /// <summary>The merged lists and what went wrong getting them (one line each).</summary>
    public async Task<(List<CtLog> Logs, List<string> Warnings)> LoadAsync(CancellationToken cancel)
    {
        var warnings = new List<string>();
        var google = await FetchAsync(LogListSources.GoogleList, "Google's log list", warnings, cancel);
        var signature = google is null ? null : await FetchAsync(LogListSources.GoogleSignature, "Google's log list signature", warnings, cancel);
        if (google is null || signature is null)
        {
            (google, signature) = (BundledLogLists.GoogleList, BundledLogLists.GoogleSignature);
        }

        else
        {
            try
            {
                LogListSignature.Verify(google, signature, BundledLogLists.GooglePublicKeyPem);
            }
            catch (CtFormatException e)
            {
                warnings.Add($"{e.Message} ({LogListSources.GoogleList}); using the bundled copy");
                (google, signature) = (BundledLogLists.GoogleList, BundledLogLists.GoogleSignature);
            }
        }

        var apple = await FetchAsync(LogListSources.AppleList, "Apple's log list", warnings, cancel) ?? BundledLogLists.AppleList;
        return (FromBytes(google, signature, apple), warnings);
    }

    /// <summary>Verifies Google's list with the bundled key, parses both lists and merges them.</summary>
    public static List<CtLog> FromBytes(byte[] googleList, byte[] googleSignature, byte[] appleList)
    {
        LogListSignature.Verify(googleList, googleSignature, BundledLogLists.GooglePublicKeyPem);
        return LogList.Merge(LogListParser.Parse(googleList, "google"), LogListParser.Parse(appleList, "apple"));
    }

    private async Task<byte[]?> FetchAsync(Uri uri, string what, List<string> warnings, CancellationToken cancel)
    {
        if (http is null)
        {
            return null;
        }

        try
        {
            var answer = await http.GetAsync(uri, cancel);
            if (answer.IsSuccess)
            {
                return answer.Body;
            }

            warnings.Add($"{what}: HTTP {answer.Status} from {uri}; using the bundled copy");
        }
        catch (HttpRequestException e)
        {
            warnings.Add($"{what}: {e.Message}; using the bundled copy");
        }

        return null;
    }
}
