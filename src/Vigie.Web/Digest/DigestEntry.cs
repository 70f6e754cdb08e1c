using Vigie.Storage.Findings;

namespace Vigie.Web.Digest;

/// <summary>
/// One finding as the digest shows it: the pictures it carries (null when not captured, or when
/// <paramref name="PicturesLeftOut"/> because the message reached its size limit), the trick in one sentence and,
/// for look-alike letters, which alphabet each comes from.
/// </summary>
internal sealed record DigestEntry(
    Finding Finding,
    DigestImage? Fake,
    DigestImage? Genuine,
    bool PicturesLeftOut,
    string Trick,
    IReadOnlyList<string> ScriptNotes);
