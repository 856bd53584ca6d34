using FashionLab.Cli.Verbs;
using FashionLab.Data;
using FashionLab.Training;
using Spectre.Console;

namespace FashionLab.Cli.Commands;

internal sealed class BenchCommand(IAnsiConsole console)
{
    public int Execute(BenchOptions options, CancellationToken cancel)
    {
        Benchmark.Validate(options.Model, options.Batches, options.BatchSize);
        var device = ComputeDevice.Resolve(options.Device);
        using var data = DataLoading.Load(console, options.DataDir, new DataSplitOptions());
        console.WriteLine($"benchmarking {options.Model}: {options.Batches} batches of {options.BatchSize} on {ComputeDevice.Describe(device)}...");
        var result = Benchmark.Run(options.Model, data, options.Batches, options.BatchSize, device, cancel);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("phase").AddColumn("images").AddColumn("images/s").AddColumn("GFLOP/s");
        table.AddRow("training", result.TrainImages.ToString(), $"{result.TrainImagesPerSecond:F0}", $"{result.TrainGflops:F2}");
        table.AddRow("evaluation", result.EvalImages.ToString(), $"{result.EvalImagesPerSecond:F0}", $"{result.EvalGflops:F2}");
        console.Write(table);
        console.WriteLine($"peak memory {result.PeakMemoryBytes / (1024.0 * 1024):F0} MiB, device {result.Device}, {result.Threads} threads, " +
            $"allocator {(Environment.GetEnvironmentVariable("LD_PRELOAD")?.Contains("tcmalloc") == true ? "tcmalloc" : "glibc")}");
        return FashionLabApp.Ok;
    }
}
