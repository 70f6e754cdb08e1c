using System.Security.Cryptography;

namespace Vigie.Web.Security;

/// <summary>
/// While no user exists, `vigie serve` prints a one-time token at start; whoever can read the server's output
/// types it into /setup to create the first admin. It works once, and never once a user exists.
/// </summary>
internal sealed class FirstAdminToken
{
    private readonly Lock gate = new();
    private string? token;

    /// <summary>A new token, replacing any earlier one.</summary>
    public string Issue()
    {
        lock (gate)
        {
            token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            return token;
        }
    }

    public bool IsOpen
    {
        get
        {
            lock (gate)
            {
                return token is not null;
            }
        }
    }

    /// <summary>True once for the right token, which is then spent.</summary>
    public bool TryRedeem(string candidate)
    {
        lock (gate)
        {
            if (token is null || !CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(candidate), System.Text.Encoding.UTF8.GetBytes(token)))
            {
                return false;
            }

            token = null;
            return true;
        }
    }
}
