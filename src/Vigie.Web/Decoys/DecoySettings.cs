using Vigie.Decoys.Detection;
using Vigie.Decoys.Generation;
using Vigie.Decoys.Submission;

namespace Vigie.Web.Decoys;

/// <summary>
/// The `decoys:` section of the serve configuration (README, "Decoys"): whether the dashboard may send decoys at all
/// (off unless the section says `submission: on`), how they are sent, the address pattern of the organisation, and
/// the sign-in logs followed for their use.
/// </summary>
internal sealed record DecoySettings
{
    public bool SubmissionEnabled { get; init; }

    public SubmissionSettings Submission { get; init; } = new();

    public AddressPattern Pattern { get; init; } = AddressPattern.Default;

    public IReadOnlyList<DetectorSettings> Detectors { get; init; } = [];
}
