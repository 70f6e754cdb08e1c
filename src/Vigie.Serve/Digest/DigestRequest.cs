using Vigie.Web.Hosting;

namespace Vigie.Cli.Digest;

/// <summary>The arguments of `vigie digest`, checked.</summary>
internal sealed record DigestRequest(
    ServeConfig Config,
    string? Organisation,
    string? Week,
    DateOnly? Since,
    DateOnly? Until,
    string? Language,
    string? Preview,
    bool Send,
    IReadOnlyList<string> To);
