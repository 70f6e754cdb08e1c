using System.Globalization;

namespace Vigie.Cli.Tests.Serve.Cluster;

/// <summary>
/// Which of the given processes opened a loopback TCP connection, from its client port: the socket's inode in
/// /proc/net/tcp, the process holding it in /proc/PID/fd, then up the parent chain (a page may be fetched by the
/// worker's Chromium, a child of the worker).
/// </summary>
internal static class SocketOwner
{
    public static int? Find(int clientPort, IReadOnlyCollection<int> candidates)
    {
        var inode = Inode(clientPort);
        if (inode is null)
        {
            return null;
        }

        var link = $"socket:[{inode}]";
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || !Holds(folder, link))
            {
                continue;
            }

            for (int? current = pid; current is > 1; current = Parent(current.Value))
            {
                if (candidates.Contains(current.Value))
                {
                    return current;
                }
            }
        }

        return null;
    }

    private static string? Inode(int clientPort)
    {
        var port = clientPort.ToString("X4", CultureInfo.InvariantCulture);
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields[1].EndsWith(":" + port, StringComparison.Ordinal) && fields[2].EndsWith(":0050", StringComparison.Ordinal))
                {
                    return fields[9];
                }
            }
        }

        return null;
    }

    private static bool Holds(string folder, string link)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(Path.Combine(folder, "fd")).Any(fd => new FileInfo(fd).LinkTarget == link);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static int? Parent(int pid)
    {
        try
        {
            // /proc/PID/stat: "pid (comm) state ppid ...", comm may hold spaces: read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
