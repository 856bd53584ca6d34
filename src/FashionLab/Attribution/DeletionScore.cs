using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>A deletion curve: target probability after removing each fraction of the most-attributed pixels.</summary>
/// <param name="Auc">Area under the curve over fractions 0..1 (trapezoid); lower means a more faithful map.</param>
public sealed record DeletionCurve(string Method, IReadOnlyList<double> Fractions, IReadOnlyList<double> Probabilities, double Auc);

/// <summary>
/// The deletion metric (Petsiuk et al. 2018, "RISE"): set the most-attributed pixels to 0, a step of
/// <paramref name="stepFraction"/> of the image at a time, in the order of the map as displayed
/// (<see cref="DisplayNormalization"/>, ties by pixel index), and record the target's softmax probability.
/// </summary>
public static class DeletionScore
{
    public static DeletionCurve Compute(ClassifierNet model, Tensor input, Tensor map, MapSign sign, AttributionTarget target,
        string method = "", double stepFraction = 0.05)
    {
        AttributionMethod.ValidateInput(input);
        if (stepFraction is <= 0 or > 1) throw new FashionLabException($"deletion: step {stepFraction} must be in (0, 1]");
        int pixels = AttributionMethod.ImageSize * AttributionMethod.ImageSize;
        using var scope = NewDisposeScope();
        float[] display = DisplayNormalization.Normalize(map, sign).flatten().data<float>().ToArray();
        int[] order = [.. Enumerable.Range(0, pixels).OrderByDescending(i => display[i]).ThenBy(i => i)];
        int steps = (int)Math.Ceiling(1 / stepFraction);
        double[] fractions = [.. Enumerable.Range(0, steps + 1).Select(k => Math.Min(1, k * stepFraction))];
        var keep = ones(steps + 1, pixels);
        for (int k = 1; k <= steps; k++)
        {
            int removed = (int)Math.Round(fractions[k] * pixels);
            keep[k].index_fill_(0, tensor(order[..removed].Select(i => (long)i).ToArray()), 0);
        }
        var batch = input.detach().reshape(1, pixels) * keep;
        using var frozen = new FrozenModel(model);
        using var noGrad = no_grad();
        var probabilities = model.call(batch.view(-1, 1, AttributionMethod.ImageSize, AttributionMethod.ImageSize)).softmax(1);
        double[] curve = [.. target.Score(probabilities).data<float>().Select(p => (double)p)];
        double auc = Enumerable.Range(1, steps).Sum(k => (fractions[k] - fractions[k - 1]) * (curve[k] + curve[k - 1]) / 2);
        return new DeletionCurve(method, fractions, curve, auc);
    }
}
