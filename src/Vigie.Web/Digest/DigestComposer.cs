using MimeKit;
using Vigie.Storage.Organisations;

namespace Vigie.Web.Digest;

/// <summary>
/// Turns the week's findings into the digest of one language, within the size limit: pictures are shrunk in score
/// order until the estimate reaches the limit, and the findings after that keep their text and a pointer to the
/// dashboard; the measured message then drops pictures from the end until it fits.
/// </summary>
internal sealed class DigestComposer(DigestSettings settings, Uri? dashboard, MailboxAddress from)
{
    /// <summary>Headers, the text part and the HTML of one finding, roughly, as sent.</summary>
    private const long OverheadPerEntry = 6_000;

    public async Task<(DigestContent Content, MimeEntity Body)> ComposeAsync(
        Organisation organisation, DigestPeriod period, DigestPlan plan, IReadOnlyList<DigestItem> items, IImageShrinker shrinker, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone);
        var language = plan.Language;
        var budget = settings.MaxBytes - 20_000 - OverheadPerEntry * items.Count;
        var entries = new List<DigestEntry>(items.Count);
        foreach (var item in items)
        {
            var (fake, genuine) = budget > 0 ? (await ShrinkAsync(item.Fake, shrinker, cancellationToken), await ShrinkAsync(item.Genuine, shrinker, cancellationToken)) : (null, null);
            var cost = Base64Size(fake) + Base64Size(genuine);
            var fits = budget > 0 && cost <= budget;
            budget = fits ? budget - cost : 0;
            var hasPictures = item.Fake is not null || item.Genuine is not null;
            entries.Add(new DigestEntry(item.Finding, fits ? fake : null, fits ? genuine : null, hasPictures && !fits,
                TrickSentence.Of(item.Finding, language), TrickSentence.ScriptNotes(item.Finding, language)));
        }

        var genuineNames = organisation.Domains.Concat(items.Select(i => i.Finding.Target)).ToList();
        var content = new DigestContent(organisation, period, language, zone, entries, plan.Contact ?? Localization.Texts.Digest.Get(language, "DefaultContact"),
            dashboard, settings.SpotTheFake ? SpotTheFake.From(entries, genuineNames, period.From) : null, from.Address);
        var domain = DigestMessageBuilder.Domain(from);
        var body = DigestMessageBuilder.Body(content, domain);
        while (DigestMessageBuilder.Measure(body) > settings.MaxBytes && content.Entries.LastOrDefault(e => e.Fake is not null || e.Genuine is not null) is { } last)
        {
            var index = entries.IndexOf(last);
            entries[index] = last with { Fake = null, Genuine = null, PicturesLeftOut = true };
            content = content with { Entries = [.. entries] };
            body = DigestMessageBuilder.Body(content, domain);
        }

        return (content, body);
    }

    private static async Task<DigestImage?> ShrinkAsync(DigestImage? image, IImageShrinker shrinker, CancellationToken cancellationToken) =>
        image is null ? null : await shrinker.ShrinkAsync(image, cancellationToken);

    private static long Base64Size(DigestImage? image) => image is null ? 0 : (image.Content.Length + 2) / 3 * 4 * 78 / 76 + 400;
}
