using System.Globalization;
using System.Security.Cryptography;
using Vigie.Storage.Decoys;

namespace Vigie.Decoys.Generation;

/// <summary>
/// Draws decoy identities and stores them (hashed) as it goes: the store's unique user name is what makes a decoy
/// unique across the instance, so a name already taken is drawn again, and after a few misses gets a number as real
/// organisations do for a second Jean Martin (jean.martin2).
/// </summary>
internal sealed class DecoyGenerator(IDecoyRepository decoys, TimeProvider time)
{
    public async Task<IReadOnlyList<DecoyIdentity>> GenerateAsync(DecoyRequest request, CancellationToken cancellationToken)
    {
        var domain = Domain(request);
        var names = NameList.For(request.Language);
        var identities = new List<DecoyIdentity>(request.Count);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (identities.Count < request.Count)
        {
            var password = PasswordShapes.Draw(request.Language, names.First);
            if (!passwords.Add(password))
            {
                continue;
            }

            var hash = DecoyPasswordHash.Hash(password);
            for (var attempt = 0; attempt < 5; attempt++)
            {
                // Three fresh pairs of names first (the plain form is the more believable one), then a number.
                var local = attempt < 3 ? LocalPart(request, names) : null;
                var username = (local ?? LocalPart(request, names) + (attempt - 1).ToString(CultureInfo.InvariantCulture)) + "@" + domain;
                cancellationToken.ThrowIfCancellationRequested();
                if (await decoys.AddAsync(new DecoyDraft(request.FindingId, username, hash, time.GetUtcNow()), cancellationToken) is { } stored)
                {
                    identities.Add(new DecoyIdentity(stored.Id, request.FindingId, stored.Username, password));
                    break;
                }
            }
        }

        return identities;
    }

    /// <summary>One identity that is not stored (a dry run's): unique names are not checked, nothing is kept.</summary>
    public static DecoyIdentity Draw(DecoyRequest request)
    {
        var domain = Domain(request);
        var names = NameList.For(request.Language);
        return new DecoyIdentity(0, request.FindingId, LocalPart(request, names) + "@" + domain, PasswordShapes.Draw(request.Language, names.First));
    }

    private static string LocalPart(DecoyRequest request, NameList names)
    {
        while (true)
        {
            var local = request.Pattern.LocalPart(names.First[RandomNumberGenerator.GetInt32(names.First.Count)], names.Last[RandomNumberGenerator.GetInt32(names.Last.Count)]);
            if (local.Length >= 3)
            {
                return local;
            }
        }
    }

    private static string Domain(DecoyRequest request)
    {
        if (request.Count is < 1 or > DecoyRequest.MaxCount)
        {
            throw new ArgumentException($"--count: from 1 to {DecoyRequest.MaxCount}");
        }

        var domain = request.Domain.Trim().TrimEnd('.').ToLowerInvariant();
        return domain.Length == 0 || domain.Contains('@', StringComparison.Ordinal) || !domain.Contains('.', StringComparison.Ordinal)
            ? throw new ArgumentException($"--domain: '{request.Domain}' is not a mail domain (en-marche.fr)")
            : domain;
    }
}
