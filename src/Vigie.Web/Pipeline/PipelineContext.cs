using Microsoft.Extensions.Logging;
using Vigie.Storage.Findings;
using Vigie.Storage.Sources;
using Vigie.Web.Hosting;

namespace Vigie.Web.Pipeline;

/// <summary>What every background service of the pipeline shares: the store, the organisations' matchers, the live status and the clock.</summary>
internal sealed record PipelineContext(
    IFindingRepository Findings,
    ISourceStatusRepository Sources,
    OrganisationMatchers Matchers,
    WorkerStatusRegistry Workers,
    TimeProvider Time,
    ILogger Logger);
