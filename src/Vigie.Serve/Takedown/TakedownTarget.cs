using Vigie.Exports;
using Vigie.Storage;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;

namespace Vigie.Cli.Takedown;

/// <summary>The finding a takedown is about: the name among one organisation's findings, or the one organisation that has it.</summary>
internal static class TakedownTarget
{
    public static async Task<(Finding Finding, Organisation Organisation)> FindAsync(FindingsStore store, string domain, string? slug, CancellationToken cancellationToken)
    {
        var name = domain.Trim().TrimEnd('.').ToLowerInvariant();
        var organisations = await store.Organisations.ListAsync(cancellationToken);
        if (slug is not null)
        {
            organisations = [.. organisations.Where(o => string.Equals(o.Slug, slug, StringComparison.OrdinalIgnoreCase))];
            if (organisations.Count == 0)
            {
                throw new ExportException($"--organisation: no organisation '{slug}'");
            }
        }

        var found = new List<(Finding, Organisation)>();
        foreach (var organisation in organisations)
        {
            if (await store.Findings.FindAsync(organisation.Id, name, cancellationToken) is { } finding)
            {
                found.Add((finding, organisation));
            }
        }

        return found.Count switch
        {
            1 => found[0],
            0 => throw new ExportException($"'{name}' is not a finding{(slug is null ? "" : $" of {slug}")} (see 'vigie export --format domains --state all')"),
            _ => throw new ExportException($"'{name}' is a finding of {string.Join(", ", found.Select(f => f.Item2.Slug))}: choose one with --organisation"),
        };
    }
}
