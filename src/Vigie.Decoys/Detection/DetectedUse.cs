using Vigie.Storage.Decoys;

namespace Vigie.Decoys.Detection;

/// <summary>A sign-in event that names a decoy, with the detector that saw it (format and file, or the webhook).</summary>
internal sealed record DetectedUse(Decoy Decoy, SignInEvent Event, string Source, string EventKey);
