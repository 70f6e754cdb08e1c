using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Vigie.Benchmarks -- --filter '*'` runs every benchmark;
// see bench/README.md for each one and the figures it gave.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
