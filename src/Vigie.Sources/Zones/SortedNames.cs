namespace Vigie.Sources.Zones;

/// <summary>
/// Writes names to a file sorted (ordinal) and without repeats, holding at most <c>chunk</c> names in memory:
/// sorted runs are spilled to temporary files and merged k-way (an external merge sort), so a 150-million
/// name zone such as com sorts on a small machine.
/// </summary>
internal static class SortedNames
{
    public const int DefaultChunk = 500_000;

    public static long Write(IEnumerable<string> names, string output, string temporaryFolder, int chunk = DefaultChunk)
    {
        var runs = new List<string>();
        try
        {
            var buffer = new List<string>(Math.Min(chunk, 1 << 16));
            foreach (var name in names)
            {
                buffer.Add(name);
                if (buffer.Count >= chunk)
                {
                    runs.Add(Spill(buffer, temporaryFolder));
                }
            }

            if (buffer.Count > 0 || runs.Count == 0)
            {
                runs.Add(Spill(buffer, temporaryFolder));
            }

            return Merge(runs, output);
        }
        finally
        {
            foreach (var run in runs)
            {
                File.Delete(run);
            }
        }
    }

    private static string Spill(List<string> buffer, string folder)
    {
        buffer.Sort(StringComparer.Ordinal);
        var path = Path.Combine(folder, $"vigie-run-{Guid.NewGuid():N}.txt");
        using (var writer = new StreamWriter(path))
        {
            string? last = null;
            foreach (var name in buffer)
            {
                if (name != last)
                {
                    writer.WriteLine(name);
                    last = name;
                }
            }
        }

        buffer.Clear();
        return path;
    }

    private static long Merge(List<string> runs, string output)
    {
        var readers = runs.Select(r => new StreamReader(r)).ToList();
        try
        {
            var heads = new PriorityQueue<int, string>(StringComparer.Ordinal);
            for (var i = 0; i < readers.Count; i++)
            {
                if (readers[i].ReadLine() is { } first)
                {
                    heads.Enqueue(i, first);
                }
            }

            long written = 0;
            using var writer = new StreamWriter(output);
            string? last = null;
            while (heads.TryDequeue(out var run, out var name))
            {
                if (name != last)
                {
                    writer.WriteLine(name);
                    last = name;
                    written++;
                }

                if (readers[run].ReadLine() is { } next)
                {
                    heads.Enqueue(run, next);
                }
            }

            return written;
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }
}
