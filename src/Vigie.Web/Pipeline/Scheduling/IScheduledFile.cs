namespace Vigie.Web.Pipeline.Scheduling;

/// <summary>A file source of the pipeline (an NRD list, a zone file): its source id, and one round of it.</summary>
internal interface IScheduledFile
{
    string SourceId { get; }

    Task<string> RunAsync(ScheduledRound scheduled, CancellationToken cancel);
}
