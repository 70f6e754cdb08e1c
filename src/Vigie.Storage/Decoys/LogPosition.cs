namespace Vigie.Storage.Decoys;

/// <summary>
/// How far the sign-in log <paramref name="Source"/> (format and full path) has been read: <paramref name="ReadTo"/> is
/// the byte offset of the first record not yet read whole; <paramref name="HeadLength"/> and <paramref name="HeadSha256"/>
/// identify the file by its first bytes, so a rotated or truncated file is told from the one the offset belongs to.
/// </summary>
internal sealed record LogPosition(string Source, long ReadTo, int HeadLength, string HeadSha256);
