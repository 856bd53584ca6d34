using CommandLine;

namespace FashionLab.Cli.Verbs;

[Verb("bench", HelpText = "Measure training and evaluation speed of the sheet6 CNN (images/s, GFLOP/s, peak memory).")]
public sealed class BenchOptions : ComputeOptions
{
    [Option("batches", Default = 200, HelpText = "Training batches to time (after warm-up).")]
    public int Batches { get; set; } = 200;

    [Option("batch-size", Default = 128, HelpText = "Training batch size.")]
    public int BatchSize { get; set; } = 128;

    [Option("model", Default = "sheet6", HelpText = "Model preset to benchmark.")]
    public string Model { get; set; } = "sheet6";
}
