using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Vigie.Benchmarks -- --filter '*'` runs every benchmark;
// see bench/README.md for each one and the figures it gave.
// `-- pages …` serves ../shared/data/pages in a web lab and judges every page (bench/pages/run.sh).
// `-- screenshots NAMESERVER URLS_FILE POOL_SIZE…` measures the screenshot pool instead (bench/investigate/run.sh).
// `-- serve-ct VIGIE ENTRIES ORGANISATIONS` measures `vigie serve`'s CT ingestion (bench/serve/ct-ingest.sh).
// `-- seed-findings DB [WATCHED_DOMAINS]` fills a store with the benchmarks' 100,000 findings (bench/serve/run.sh).
if (args is ["pages", ..])
{
    return await Vigie.Benchmarks.Pages.PageBench.RunAsync(args[1..]);
}

if (args is ["screenshots", ..])
{
    return await Vigie.Benchmarks.Screenshots.ScreenshotThroughput.RunAsync(args[1..]);
}

// `-- alert-latency FINDINGS POLL_MS` measures the time from a finding stored to its webhook alert (bench/alerts/run.sh).
if (args is ["alert-latency", ..])
{
    return await Vigie.Benchmarks.Alerts.AlertLatency.RunAsync(args[1..]);
}

// `-- queue-throughput POSTGRES NATS_URL JOBS COST_MS WORKERS…` measures the investigation queues (bench/cluster/run.sh).
if (args is ["queue-throughput", ..])
{
    return await Vigie.Benchmarks.Cluster.QueueThroughput.RunAsync(args[1..]);
}

if (args is ["seed-findings", ..])
{
    return await Vigie.Benchmarks.Storage.FindingSeed.RunAsync(args[1..]);
}

// `-- findings-fill sqlite|postgres` fills the findings list benchmark's database first (bench/findings/run.sh).
if (args is ["findings-fill", var kind])
{
    return await Vigie.Benchmarks.Storage.FindingListBenchmarks.FillAsync(kind);
}

// `-- digest N` times building one weekly digest of N findings with screenshots (bench/digest/run.sh).
if (args is ["digest", ..])
{
    return await Vigie.Benchmarks.Digest.DigestBuildBench.RunAsync(args[1..]);
}

// `-- matcher-cpu [ASSETS] [PASSES]` times the matcher's screening by the thread's CPU clock (bench/README.md, "match").
if (args is ["matcher-cpu", ..])
{
    return Vigie.Benchmarks.Matching.MatcherCpuLoop.Run(args[1..]);
}

if (args is ["serve-ct", ..])
{
    return await Vigie.Benchmarks.Serve.ServeCtIngestion.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
