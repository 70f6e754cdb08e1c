using Spectre.Console;
using Spectre.Console.Rendering;

namespace Vigie.Cli.Scan;

/// <summary>Names checked per second, as the progress bar's rate column (Spectre's speed column counts bytes).</summary>
internal sealed class RateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Speed is { } speed ? $"{speed,8:N0} names/s" : "           names/s");
}
