using System.Text;
using System.Text.Encodings.Web;
using Vigie.Core.Permutations;

namespace Vigie.Cli.Permute;

/// <summary>
/// Prints permutations as a list of ASCII names (like `dnstwist --format list`), CSV or JSON, with the columns
/// domain (ASCII), unicode and technique. Output is buffered and written in blocks: tens of thousands of rows go
/// through a console writer that would otherwise flush at every line. Written synchronously: the console's stream has
/// no asynchronous write, so an awaited one was handed to the thread pool (Stream.BeginWrite), which started three
/// threads and left the main thread waiting on them at every block (bench/README.md, "startup", session 8).
/// </summary>
internal abstract class PermutationWriter(TextWriter output)
{
    // 8,192 characters: a block costs one write(2), but every page of memory a short-lived process touches for the
    // first time costs a page fault (20-40 µs on our virtual machine), and a block goes through three buffers (this
    // one, the writer's characters, its UTF-8 bytes). A 64 KB block touched about 75 pages for the 60 KB that
    // `permute example.com` prints, against 10 now (bench/README.md, "startup", session 8).
    private const int FlushAt = 1 << 13;

    protected StringBuilder Buffer { get; } = new(FlushAt + 1024);

    public static PermutationWriter For(string format, TextWriter output) => format switch
    {
        "list" => new ListWriter(output),
        "csv" => new CsvWriter(output),
        "json" => new JsonWriter(output),
        _ => throw new UsageException($"--format: unknown format '{format}' (list, csv, json)"),
    };

    public void Write(Permutation permutation)
    {
        Append(permutation);
        if (Buffer.Length >= FlushAt)
        {
            Flush();
        }
    }

    public void Complete()
    {
        Finish();
        Flush();
        output.Flush();
    }

    protected abstract void Append(Permutation permutation);

    protected virtual void Finish()
    {
    }

    private void Flush()
    {
        output.Write(Buffer);
        Buffer.Clear();
    }

    private sealed class ListWriter(TextWriter output) : PermutationWriter(output)
    {
        protected override void Append(Permutation permutation) => Buffer.Append(permutation.Ascii).Append('\n');
    }

    // RFC 4180; no field can hold a comma, quote or line break (names are LDH or U-labels, techniques are words).
    private sealed class CsvWriter : PermutationWriter
    {
        public CsvWriter(TextWriter output)
            : base(output) => Buffer.Append("domain,unicode,technique\n");

        protected override void Append(Permutation permutation) =>
            Buffer.Append(permutation.Ascii).Append(',').Append(permutation.Unicode).Append(',').Append(permutation.Technique).Append('\n');
    }

    private sealed class JsonWriter : PermutationWriter
    {
        private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        private bool _first = true;

        public JsonWriter(TextWriter output)
            : base(output) => Buffer.Append('[');

        protected override void Append(Permutation permutation)
        {
            Buffer.Append(_first ? "\n" : ",\n");
            _first = false;
            Buffer.Append("  {\"domain\": ").Append(Quote(permutation.Ascii))
                .Append(", \"unicode\": ").Append(Quote(permutation.Unicode))
                .Append(", \"technique\": ").Append(Quote(permutation.Technique)).Append('}');
        }

        protected override void Finish() => Buffer.Append(_first ? "]\n" : "\n]\n");

        private static string Quote(string value) => "\"" + Encoder.Encode(value) + "\"";
    }
}
