namespace Vigie.Decoys.Submission;

/// <summary>
/// Stops every submission in progress at once (README, "Decoys"): each submission runs under <see cref="Token"/>,
/// which cancels the wait between two decoys and the request in flight alike, so everything stops within a moment.
/// Submissions started after a trip get a fresh token.
/// </summary>
internal sealed class KillSwitch
{
    private readonly Lock gate = new();
    private CancellationTokenSource current = new();

    public CancellationToken Token
    {
        get
        {
            lock (gate)
            {
                return current.Token;
            }
        }
    }

    public void Trip()
    {
        CancellationTokenSource tripped;
        lock (gate)
        {
            tripped = current;
            current = new CancellationTokenSource();
        }

        // Not disposed: a submission may still be linking to its token.
        tripped.Cancel();
    }
}
