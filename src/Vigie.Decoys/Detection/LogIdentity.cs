using System.Security.Cryptography;
using Vigie.Storage.Decoys;

namespace Vigie.Decoys.Detection;

/// <summary>
/// Tells whether a file is the one a stored <see cref="LogPosition"/> was read from: same first bytes, and at least as
/// long as the offset (shorter is a truncation, copytruncate's rotation). A log rotated while the detector was stopped
/// is looked for beside the path under logrotate's names (auth.log.1, auth.log-20261201; compressed ones cannot be
/// followed and are skipped), so the end of it that was written meanwhile is not missed.
/// </summary>
internal static class LogIdentity
{
    /// <summary>How many leading bytes identify a file: enough to hold a time stamp and a host, a JSON record's id or a CSV header.</summary>
    public const int HeadBytes = 256;

    private static readonly string[] Compressed = [".gz", ".bz2", ".xz", ".zst", ".lz4", ".zip"];

    /// <summary>Opens the file for following (others may still write, rename or delete it); null when it does not exist.</summary>
    public static FileStream? Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The first <see cref="HeadBytes"/> bytes (fewer in a shorter file), the stream left at its start.</summary>
    public static byte[] ReadHead(FileStream file)
    {
        var bytes = new byte[(int)Math.Min(HeadBytes, file.Length)];
        file.Position = 0;
        file.ReadExactly(bytes);
        file.Position = 0;
        return bytes;
    }

    public static LogPosition Position(string source, long readTo, byte[] head) =>
        new(source, readTo, head.Length, Convert.ToHexStringLower(SHA256.HashData(head)));

    /// <summary>True when <paramref name="file"/> is the one <paramref name="position"/> was read from, grown or not.</summary>
    public static bool Continues(FileStream file, LogPosition position)
    {
        if (file.Length < position.ReadTo || file.Length < position.HeadLength)
        {
            return false;
        }

        var head = ReadHead(file);
        return string.Equals(Convert.ToHexStringLower(SHA256.HashData(head.AsSpan(0, position.HeadLength))), position.HeadSha256, StringComparison.Ordinal);
    }

    /// <summary>The rotated file beside <paramref name="path"/> that <paramref name="position"/> was read from, opened; null when none is.</summary>
    public static FileStream? FindRotated(string path, LogPosition position)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        foreach (var candidate in Directory.EnumerateFiles(folder, name + "*").Order(StringComparer.Ordinal))
        {
            var suffix = candidate[(folder.Length + 1 + name.Length)..];
            if (suffix.Length < 2 || suffix[0] is not ('.' or '-') || Compressed.Any(c => suffix.EndsWith(c, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var file = Open(candidate);
            if (file is not null && Continues(file, position))
            {
                return file;
            }

            file?.Dispose();
        }

        return null;
    }
}
