using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vigie.Decoys.Generation;

/// <summary>
/// The one form in which a decoy password is kept: PBKDF2-HMAC-SHA256 (RFC 8018 §5.2) with a random 16-byte salt,
/// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64). Detection matches on the exact user name; the hash lets an event that
/// does carry a password attempt (a pushed event from a honeypot sign-in page) say whether it was the decoy's, and
/// nothing else. 10,000 iterations: decoys are not anyone's secret, so the cost only has to keep the store from being
/// a list of clear passwords, while 1,000 decoys still hash in a second or two.
/// </summary>
internal static class DecoyPasswordHash
{
    private const int Iterations = 10_000;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return string.Create(CultureInfo.InvariantCulture, $"pbkdf2-sha256${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    public static bool Verify(string stored, string password)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2-sha256" || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Convert.FromBase64String(parts[2]), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
