using Vigie.Core.Matching;
using Vigie.Core.Scoring;
using Vigie.Enrichment.Browser;
using Vigie.Enrichment.Http;
using Vigie.Enrichment.Pages;
using Vigie.Enrichment.Rdap;

namespace Vigie.Enrichment.Investigation;

/// <summary>Everything one investigation of a domain saw, and what it concluded.</summary>
internal sealed record InvestigationReport
{
    public required string Domain { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public Match? Match { get; init; }

    public IReadOnlyList<string> Addresses { get; init; } = [];

    public IReadOnlyList<string> MailExchangers { get; init; } = [];

    /// <summary>The name servers of the name's registrable domain.</summary>
    public IReadOnlyList<string> NameServers { get; init; } = [];

    public FetchResult? Http { get; init; }

    public PageAnalysis? Page { get; init; }

    /// <summary>The icon the page declares (or /favicon.ico), when it answered with an image.</summary>
    public FaviconHash? Favicon { get; init; }

    public Screenshot? Screenshot { get; init; }

    public CloneMatch? Comparison { get; init; }

    /// <summary>The capture of the genuine page <see cref="Comparison"/> compared with, shown beside the suspect's.</summary>
    public Screenshot? GenuineScreenshot { get; init; }

    public Registration? Registration { get; init; }

    public string? RegistrationError { get; init; }

    /// <summary>Addresses the policy refused, over the fetch and the browser: never contacted.</summary>
    public IReadOnlyList<ConnectAttempt> Refused { get; init; } = [];

    /// <summary>The facts the verdict was drawn from.</summary>
    public required InvestigationFacts Facts { get; init; }

    public required InvestigationAssessment Assessment { get; init; }
}
