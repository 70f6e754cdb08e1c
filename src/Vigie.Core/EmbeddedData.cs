namespace Vigie.Core;

/// <summary>Opens the data files shipped inside this assembly (see Data/README.md for their sources).</summary>
internal static class EmbeddedData
{
    public static Stream Open(string name) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream("Vigie.Core." + name)
        ?? throw new InvalidOperationException($"embedded data file missing from Vigie.Core: {name}");
}
