namespace Vigie.Enrichment.Browser;

/// <summary>Renders a page in a real browser and captures it.</summary>
internal interface IScreenshotter
{
    Task<Screenshot> CaptureAsync(Uri url, CancellationToken cancellationToken);
}
