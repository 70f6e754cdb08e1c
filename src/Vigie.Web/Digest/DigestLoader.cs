using System.Buffers.Binary;
using Vigie.Storage.Evidence;
using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;
using Vigie.Web.Findings;

namespace Vigie.Web.Digest;

/// <summary>
/// The findings of one organisation first seen in a period, in the configured states, highest score first, each with
/// its latest screenshot and the genuine page's capture when the investigation kept one (the same pair the finding
/// page shows: <see cref="FindingDetails.Comparison"/>).
/// </summary>
internal sealed class DigestLoader(IFindingRepository findings, IObservationRepository observations, EvidenceStore evidence)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public async Task<IReadOnlyList<DigestItem>> LoadAsync(Organisation organisation, DigestPeriod period, IReadOnlyList<TriageState> states, CancellationToken cancellationToken)
    {
        var items = new List<DigestItem>();
        for (var page = 1; ; page++)
        {
            var query = new FindingQuery(OrganisationId: organisation.Id, States: states, FirstSeenFrom: period.From, FirstSeenTo: period.To,
                Sort: FindingSort.Score, Descending: true, Page: page, PageSize: FindingQuery.MaxPageSize);
            var found = await findings.ListAsync(query, cancellationToken);
            foreach (var finding in found.Items)
            {
                items.Add(await ItemAsync(finding, cancellationToken));
            }

            if (found.Items.Count < FindingQuery.MaxPageSize)
            {
                return items;
            }
        }
    }

    private async Task<DigestItem> ItemAsync(Finding finding, CancellationToken cancellationToken)
    {
        var timeline = await observations.ListAsync(finding.Id, cancellationToken);
        var (suspect, genuine, genuineUrl, _) = new FindingDetails(finding, [], timeline, [], HasEvidence: false).Comparison();
        return new DigestItem(finding, await PictureAsync(suspect, cancellationToken), await PictureAsync(genuine, cancellationToken), genuineUrl);
    }

    /// <summary>The screenshot's bytes when the store still has them and they are a PNG (what the browser captures).</summary>
    private async Task<DigestImage?> PictureAsync(EvidenceItem? item, CancellationToken cancellationToken)
    {
        var content = item is null ? null : await evidence.ReadObjectAsync(item.Sha256, cancellationToken);
        if (content is null || content.Length < 24 || !content.AsSpan(0, 8).SequenceEqual(PngSignature))
        {
            return null;
        }

        // IHDR is always the first chunk: width and height at bytes 16 and 20 (PNG specification, §11.2.2).
        return new DigestImage(content, "image/png", BinaryPrimitives.ReadInt32BigEndian(content.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(content.AsSpan(20)));
    }
}
