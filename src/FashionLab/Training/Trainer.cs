using System.Diagnostics;
using FashionLab.Data;
using FashionLab.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Training;

/// <summary>
/// Trains a classifier with mini-batch cross-entropy. Shuffling uses its own generator seeded from the options,
/// redrawn every epoch, so that one seed makes a CPU run reproducible. A loss that stops being finite ends the
/// run as diverged.
/// </summary>
public sealed class Trainer(Device device, IProgress<TrainingProgress>? progress = null)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Called after each epoch with its metrics (e.g. to save progress).</summary>
    public Action<EpochMetrics>? EpochCompleted { get; init; }

    public TrainingResult Train(ClassifierNet model, FashionMnist data, TrainingOptions options, CancellationToken cancel = default)
    {
        if (options.Epochs <= 0) throw new FashionLabException($"epochs: {options.Epochs} must be positive");
        if (options.BatchSize <= 0) throw new FashionLabException($"batch_size: {options.BatchSize} must be positive");
        model.to(device);
        using var optimizer = options.OptimizerOrDefault.Create(model.parameters());
        using var shuffle = new Generator((ulong)options.Seed, device: CPU);
        var train = data.Train;
        using var trainImages = train.Images.to(device);
        using var trainLabels = train.Labels.to(device);
        var epochs = new List<EpochMetrics>();
        Evaluation? lastTest = null;

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            cancel.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            var (loss, accuracy, diverged) = TrainEpoch(model, optimizer, trainImages, trainLabels, shuffle, options, epoch, cancel);
            double trainSeconds = watch.Elapsed.TotalSeconds;

            Report(epoch, options.Epochs, 0, data.Test.Count, 0, "evaluating");
            var test = lastTest = Evaluator.Evaluate(model, data.Test, device);
            var validation = data.Validation is null ? null : Evaluator.Evaluate(model, data.Validation, device);
            // A diverged epoch is recorded too (train loss NaN/inf), so the run's files show where it broke.
            var metrics = new EpochMetrics(epoch, loss, accuracy, test.Loss, test.Accuracy, validation?.Loss, validation?.Accuracy,
                options.OptimizerOrDefault.LearningRate, watch.Elapsed.TotalSeconds, train.Count / trainSeconds);
            epochs.Add(metrics);
            EpochCompleted?.Invoke(metrics);
            if (diverged is not null) return new TrainingResult(epochs, lastTest, true, $"epoch {epoch}: {diverged}");
        }
        return new TrainingResult(epochs, lastTest, false, null);
    }

    private (double Loss, double Accuracy, string? Diverged) TrainEpoch(ClassifierNet model, optim.Optimizer optimizer,
        Tensor images, Tensor labels, Generator shuffle, TrainingOptions options, int epoch, CancellationToken cancel)
    {
        model.train();
        int count = (int)images.shape[0];
        using var order = randperm(count, generator: shuffle).to(device);
        double lossSum = 0;
        long correct = 0;
        var watch = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        for (int start = 0; start < count; start += options.BatchSize)
        {
            using var scope = NewDisposeScope();
            int size = Math.Min(options.BatchSize, count - start);
            var batch = order.narrow(0, start, size);
            var x = images.index_select(0, batch).ToChannelsLast();
            var y = labels.index_select(0, batch);

            var (logits, loss) = Step(model, optimizer, x, y);
            float batchLoss = loss.item<float>();
            if (!float.IsFinite(batchLoss))
                return (batchLoss, double.NaN, $"loss became {batchLoss} at image {start} (diverged)");
            lossSum += batchLoss * size;
            correct += logits.argmax(1).eq(y).sum().item<long>();

            if (watch.Elapsed - lastReport >= ProgressInterval)
            {
                lastReport = watch.Elapsed;
                cancel.ThrowIfCancellationRequested();
                Report(epoch, options.Epochs, start + size, count, (start + size) / watch.Elapsed.TotalSeconds, "training");
            }
        }
        Report(epoch, options.Epochs, count, count, count / watch.Elapsed.TotalSeconds, "training");
        return (lossSum / count, (double)correct / count, null);
    }

    /// <summary>One optimisation step on a batch: the same code for training runs and the benchmark.</summary>
    internal static (Tensor Logits, Tensor Loss) Step(ClassifierNet model, optim.Optimizer optimizer, Tensor images, Tensor labels)
    {
        optimizer.zero_grad();
        var logits = model.call(images);
        var loss = nn.functional.cross_entropy(logits, labels);
        loss.backward();
        optimizer.step();
        return (logits, loss);
    }

    private void Report(int epoch, int epochs, int done, int total, double imagesPerSecond, string phase) =>
        progress?.Report(new TrainingProgress(epoch, epochs, done, total, imagesPerSecond, phase));
}
