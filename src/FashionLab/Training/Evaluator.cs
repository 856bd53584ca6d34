using System.Diagnostics;
using FashionLab.Data;
using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Training;

/// <summary>Evaluates a model in eval mode without gradients, in large batches.</summary>
public static class Evaluator
{
    public const int BatchSize = 1000;

    public static Evaluation Evaluate(ClassifierNet model, ImageSet set, Device device)
    {
        var watch = Stopwatch.StartNew();
        bool wasTraining = model.training;
        model.eval();
        var predictions = new long[set.Count];
        double lossSum = 0;
        long correct = 0;
        try
        {
            using var noGrad = no_grad();
            for (int start = 0; start < set.Count; start += BatchSize)
            {
                using var scope = NewDisposeScope();
                int size = Math.Min(BatchSize, set.Count - start);
                var images = set.Images.narrow(0, start, size).to(device).ToChannelsLast();
                var labels = set.Labels.narrow(0, start, size).to(device);
                var logits = model.call(images);
                lossSum += nn.functional.cross_entropy(logits, labels, reduction: nn.Reduction.Sum).item<float>();
                var predicted = logits.argmax(1);
                correct += predicted.eq(labels).sum().item<long>();
                predicted.cpu().data<long>().CopyTo(predictions, start);
            }
        }
        finally
        {
            model.train(wasTraining);
        }
        var truth = set.Labels.data<long>().ToArray();
        return new Evaluation(lossSum / set.Count, (double)correct / set.Count, predictions, truth, watch.Elapsed.TotalSeconds);
    }
}
