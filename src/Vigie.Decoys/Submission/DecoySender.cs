using System.Net.Http.Headers;
using Vigie.Decoys.Generation;
using Vigie.Enrichment.Http;

namespace Vigie.Decoys.Submission;

/// <summary>
/// Sends one decoy to a phishing page as a victim would: opens the page, fills its credential form and posts it; when
/// the form asks for the e-mail alone, posts that, then fills the password form of the answer (same cookies). A dry
/// run opens the page and reads the form, and sends nothing else: the steps say exactly what would be posted.
/// </summary>
internal sealed class DecoySender(SubmissionSettings settings)
{
    private const int MaxPage = 2 * 1024 * 1024;
    private const int MaxRedirects = 10;

    public async Task<SubmissionResult> SendAsync(DecoyIdentity decoy, Uri page, bool dryRun, CancellationToken cancellationToken)
    {
        var steps = new List<SubmissionStep>();
        using var client = DecoyHttp.Create(settings);
        try
        {
            var (html, at) = await GetAsync(client, page, steps, cancellationToken);
            var form = LoginFormReader.Find(html, at);
            while (true)
            {
                if (form is null)
                {
                    return new(decoy.Username, page.ToString(), steps, steps.All(s => s.Method == "GET") ? "no credential form on the page" : "no password form after the e-mail step", dryRun);
                }

                if (dryRun)
                {
                    steps.Add(Record(form, decoy, null));
                    return new(decoy.Username, page.ToString(), steps, null, true);
                }

                var (answer, next) = await PostAsync(client, form, decoy, at, steps, cancellationToken);
                if (!form.IsFirstStep)
                {
                    return new(decoy.Username, page.ToString(), steps, null, false);
                }

                at = next;
                // The answer to the e-mail step must be the password form; the e-mail form again means the kit refused the step.
                form = LoginFormReader.Find(answer, next) is { IsFirstStep: false } passwordForm ? passwordForm : null;
            }
        }
        catch (HttpRequestException e)
        {
            return new(decoy.Username, page.ToString(), steps, Describe(e), dryRun);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(decoy.Username, page.ToString(), steps, $"no answer within {settings.Timeout.TotalSeconds:0} s", dryRun);
        }
    }

    private async Task<(string Html, Uri At)> GetAsync(HttpClient client, Uri page, List<SubmissionStep> steps, CancellationToken cancellationToken)
    {
        var url = page;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            using var request = DecoyHttp.Request(HttpMethod.Get, url, settings, null);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            steps.Add(new SubmissionStep("GET", url.ToString(), [], (int)response.StatusCode));
            if (Redirect(response, url) is not { } next)
            {
                return (await ReadAsync(response, cancellationToken), url);
            }

            url = next;
        }

        throw new HttpRequestException($"more than {MaxRedirects} redirects from {page}");
    }

    private static Uri? Redirect(HttpResponseMessage response, Uri current) =>
        (int)response.StatusCode is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location
            ? (location.IsAbsoluteUri ? location : new Uri(current, location))
            : null;

    private async Task<(string Html, Uri At)> PostAsync(HttpClient client, LoginForm form, DecoyIdentity decoy, Uri referer, List<SubmissionStep> steps, CancellationToken cancellationToken)
    {
        var fields = form.Filled(decoy.Username, decoy.Password);
        var method = form.Method == "POST" ? HttpMethod.Post : HttpMethod.Get;
        var url = form.Action;
        if (method == HttpMethod.Get)
        {
            url = new UriBuilder(url) { Query = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")) }.Uri;
        }

        using var request = DecoyHttp.Request(method, url, settings, referer);
        if (method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent(fields);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var status = (int)response.StatusCode;
        steps.Add(Record(form, decoy, status));
        if (form.IsFirstStep && Redirect(response, url) is { } next)
        {
            // The e-mail step answers with a redirect to the password page (its session now in a cookie).
            return await GetAsync(client, next, steps, cancellationToken);
        }

        return (await ReadAsync(response, cancellationToken), url);
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxPage];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return System.Text.Encoding.UTF8.GetString(buffer, 0, total);
    }

    private static SubmissionStep Record(LoginForm form, DecoyIdentity decoy, int? status) =>
        new(form.Method, form.Action.ToString(),
            [.. form.Filled(decoy.Username, SubmissionStep.Masked)], status);

    private static string Describe(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is AddressRefusedException refused)
            {
                return refused.Message;
            }
        }

        return e.InnerException is { } cause ? $"{e.Message} ({cause.Message})" : e.Message;
    }
}
