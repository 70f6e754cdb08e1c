using System.Globalization;
using Vigie.Web.Hosting;
using YamlDotNet.RepresentationModel;

namespace Vigie.Web.Alerts;

/// <summary>
/// The fields of one mapping of the `alerts:` section, read one by one with errors naming the file, the line and the
/// field (alerts.channels[2].url); <see cref="CheckAllRead"/> refuses a field nobody asked for (a typo).
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);
    private readonly string source;
    private readonly string path;
    private readonly string baseFolder;

    public YamlFields(YamlNode node, string source, string path, string baseFolder)
    {
        this.source = source;
        this.path = path;
        this.baseFolder = baseFolder;
        Node = node as YamlMappingNode ?? throw new ServeConfigException($"{source} line {node.Start.Line}, {path}: expected fields (name: value lines)");
        foreach (var (key, value) in Node.Children)
        {
            fields[key is YamlScalarNode { Value: { } k } ? k : ""] = ((YamlScalarNode)key, value);
        }
    }

    public YamlMappingNode Node { get; }

    /// <summary>The fields of a mapping nested in this one, named path.name in errors.</summary>
    public YamlFields Child(YamlNode node, string name) => new(node, source, $"{path}.{name}", baseFolder);

    public string? Text(string name) => Get(name) is { } node ? ServeConfigLoader.Scalar(node, source, Where(name)) : null;

    public string Required(string name) =>
        Text(name) ?? throw new ServeConfigException($"{source} line {Node.Start.Line}, {path}: '{name}' is missing");

    public List<string>? List(string name) => Get(name) is { } node ? ServeConfigLoader.Each(node, source, Where(name)) : null;

    public YamlNode? Get(string name)
    {
        read.Add(name);
        return fields.TryGetValue(name, out var field) ? field.Value : null;
    }

    public Uri? Url(string name) => Text(name) is not { } text ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url
        : throw Error(name, $"'{text}' is not an http:// or https:// address");

    public string? FilePath(string name) => Text(name) is { } text ? Path.GetFullPath(text, baseFolder) : null;

    /// <summary>A secret written in the file or, better, kept in a file of its own (name_file), its trailing line break dropped.</summary>
    public string? Secret(string name)
    {
        var inline = Text(name);
        if (FilePath(name + "_file") is not { } file)
        {
            return inline;
        }

        try
        {
            return inline is null ? File.ReadAllText(file).TrimEnd('\r', '\n') : throw Error(name, $"give either {name} or {name}_file, not both");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(name + "_file", $"cannot read {file}: {e.Message}");
        }
    }

    public double? Number(string name, double min, double max) => Text(name) is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max ? number
        : throw Error(name, $"'{text}' is not a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>A duration: a number with a unit (250ms, 90s, 10m, 24h, 30d), or a bare number of seconds as in the `ct:` section.</summary>
    public TimeSpan? Duration(string name, TimeSpan min, TimeSpan max)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        var unit = text.TrimStart("0123456789.".ToCharArray());
        var scale = unit switch { "ms" => 0.001, "" or "s" => 1, "m" => 60, "h" => 3600, "d" => 86_400, _ => -1 };
        return scale > 0 && double.TryParse(text[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && TimeSpan.FromSeconds(number * scale) is var value && value >= min && value <= max
            ? value
            : throw Error(name, $"'{text}' is not a duration from {min} to {max} (250ms, 90s, 10m, 24h, 30d)");
    }

    public T? OneOf<T>(string name, IReadOnlyDictionary<string, T> allowed)
        where T : struct => Text(name) is not { } text ? null
        : allowed.TryGetValue(text, out var value) ? value
        : throw Error(name, $"'{text}' is not one of {string.Join(", ", allowed.Keys)}");

    public void CheckAllRead()
    {
        if (fields.Keys.FirstOrDefault(k => !read.Contains(k)) is { } unknown)
        {
            throw new ServeConfigException($"{source} line {fields[unknown].Key.Start.Line}: unknown field '{path}.{unknown}' (expected one of {string.Join(", ", read)})");
        }
    }

    public ServeConfigException Error(string name, string message) =>
        new($"{source} line {(fields.TryGetValue(name, out var field) ? field.Value.Start.Line : Node.Start.Line)}, {Where(name)}: {message}");

    private string Where(string name) => $"{path}.{name}";
}
