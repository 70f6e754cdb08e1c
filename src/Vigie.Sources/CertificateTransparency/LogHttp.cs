using Vigie.Sources.Http;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>
/// Every request to one log goes through here: the per-log rate limit, then retries with backoff on 429,
/// 5xx, transport failures and bodies that do not parse (a truncated JSON answer is retried, not skipped).
/// A 404 is an answer (a tile not there yet), returned as null. After the last attempt, a
/// <see cref="CtLogException"/> names the log and the last problem.
/// </summary>
internal sealed class LogHttp(CtLog log, IHttpGetter http, CtFetchOptions options, TimeProvider time) : IDisposable
{
    private readonly RequestGate gate = new(options.RequestsPerSecond, time);

    public CtLog Log => log;

    public CtFetchOptions Options => options;

    public TimeProvider Time => time;

    public async Task<T?> GetAsync<T>(string relative, Func<byte[], T> parse, CancellationToken cancel)
        where T : class
    {
        var uri = new Uri(log.Url, relative);
        string problem = "no attempt";
        for (var attempt = 0; attempt < options.MaxAttempts; attempt++)
        {
            TimeSpan? retryAfter = null;
            await gate.WaitAsync(cancel);
            try
            {
                var answer = await http.GetAsync(uri, cancel);
                if (answer.Status == 404)
                {
                    return null;
                }

                if (answer.IsSuccess)
                {
                    return parse(answer.Body);
                }

                problem = $"HTTP {answer.Status}";
                retryAfter = answer.RetryAfter;
                if (answer.Status is not (429 or >= 500))
                {
                    break;
                }
            }
            catch (HttpRequestException e)
            {
                problem = e.Message;
            }
            catch (CtFormatException e)
            {
                problem = e.Message;
            }

            if (attempt + 1 < options.MaxAttempts)
            {
                await Task.Delay(Backoff.Delay(attempt, retryAfter, options, Random.Shared), time, cancel);
            }
        }

        throw new CtLogException($"log {log.Name}: {uri}: {problem}");
    }

    public void Dispose() => gate.Dispose();
}
