using Vigie.Sources.Http;

namespace Vigie.Sources.Tests.Support;

/// <summary>An <see cref="IHttpGetter"/> answering from a function, recording every URL asked.</summary>
internal sealed class FakeHttpGetter(Func<Uri, HttpAnswer> answer) : IHttpGetter
{
    public List<Uri> Requests { get; } = [];

    public Task<HttpAnswer> GetAsync(Uri uri, CancellationToken cancel)
    {
        lock (Requests)
        {
            Requests.Add(uri);
        }

        return Task.FromResult(answer(uri));
    }
}
