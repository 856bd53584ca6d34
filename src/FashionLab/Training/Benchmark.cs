using System.Diagnostics;
using FashionLab.Data;
using FashionLab.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Training;

/// <summary>Measured speed of one model on this machine.</summary>
public sealed record BenchmarkResult(
    string Model,
    int BatchSize,
    int TrainImages,
    double TrainImagesPerSecond,
    double TrainGflops,
    int EvalImages,
    double EvalImagesPerSecond,
    double EvalGflops,
    long PeakMemoryBytes,
    string Device,
    int Threads);

/// <summary>
/// Times a fixed number of training batches (after a short warm-up) and one evaluation of the test set, with the
/// same code paths as real runs. Effective GFLOP/s counts convolution and dense multiply-adds: forward for
/// evaluation, forward + backward (3× forward) for training.
/// </summary>
public static class Benchmark
{
    private const int WarmupBatches = 10;

    /// <summary>Checks the arguments before any data is loaded.</summary>
    public static void Validate(string preset, int batches, int batchSize)
    {
        ModelPresets.Validate(preset);
        if (batches <= 0) throw new FashionLabException($"--batches: {batches} must be positive");
        if (batchSize is <= 0 or > 10_000) throw new FashionLabException($"--batch-size: {batchSize} must be between 1 and 10000");
    }

    public static BenchmarkResult Run(string preset, FashionMnist data, int batches, int batchSize, Device device,
        CancellationToken cancel = default)
    {
        Validate(preset, batches, batchSize);
        manual_seed(0);
        using var model = ModelPresets.Create(new ModelSpec(preset));
        if (device.type == DeviceType.CPU) model.UseChannelsLast();
        model.to(device);
        using var optimizer = new OptimizerSpec().Create(model.parameters());
        using var images = data.Train.Images.to(device);
        using var labels = data.Train.Labels.to(device);
        model.train();

        TrainBatches(model, optimizer, images, labels, WarmupBatches, batchSize, cancel);
        var watch = Stopwatch.StartNew();
        int trained = TrainBatches(model, optimizer, images, labels, batches, batchSize, cancel);
        double trainSeconds = watch.Elapsed.TotalSeconds;

        Evaluator.Evaluate(model, data.Test.Slice("warmup", 0, Math.Min(2000, data.Test.Count)), device);
        var evaluation = Evaluator.Evaluate(model, data.Test, device);

        double trainRate = trained / trainSeconds, evalRate = evaluation.ImagesPerSecond;
        return new BenchmarkResult(preset, batchSize, trained, trainRate, 3.0 * model.ForwardFlopsPerImage * trainRate / 1e9,
            data.Test.Count, evalRate, model.ForwardFlopsPerImage * evalRate / 1e9,
            Process.GetCurrentProcess().PeakWorkingSet64, device.type.ToString().ToLowerInvariant(), get_num_threads());
    }

    private static int TrainBatches(ClassifierNet model, optim.Optimizer optimizer, Tensor images, Tensor labels, int batches,
        int batchSize, CancellationToken cancel)
    {
        int count = (int)images.shape[0], done = 0;
        for (int b = 0; b < batches; b++)
        {
            cancel.ThrowIfCancellationRequested();
            using var scope = NewDisposeScope();
            int start = b * batchSize % Math.Max(1, count - batchSize);
            var x = images.narrow(0, start, batchSize).ToChannelsLast();
            var y = labels.narrow(0, start, batchSize);
            Trainer.Step(model, optimizer, x, y).Loss.item<float>();
            done += batchSize;
        }
        return done;
    }
}
