using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>Riemann rule along the straight path of Integrated Gradients.</summary>
public enum RiemannRule
{
    /// <summary>α = 0, 1/m, …, 1 with half weight at both ends (m + 1 gradients).</summary>
    Trapezoid,
    /// <summary>α = (k + ½)/m, k = 0..m−1 (m gradients).</summary>
    Midpoint,
}

/// <summary>Completeness check of Integrated Gradients: Σ attribution should equal f(x) − f(baseline).</summary>
public sealed record CompletenessCheck(double AttributionSum, double ScoreDifference)
{
    public double Gap => Math.Abs(AttributionSum - ScoreDifference);
    /// <summary>Gap relative to |f(x) − f(baseline)| (infinite when the two scores are equal and the gap is not 0).</summary>
    public double RelativeGap => Gap == 0 ? 0 : Gap / Math.Abs(ScoreDifference);
}

/// <summary>
/// Sundararajan et al. 2017, "Axiomatic Attribution for Deep Networks": (x − x') ⊙ ∫₀¹ ∂f(x' + α(x − x'))/∂x dα,
/// f the target logit, the integral approximated with <paramref name="steps"/> intervals of <paramref name="rule"/>.
/// The baseline x' defaults to black (all zeros), the paper's choice for images.
/// </summary>
public sealed class IntegratedGradients(ClassifierNet model, int steps = 50, RiemannRule rule = RiemannRule.Trapezoid, Tensor? baseline = null)
    : AttributionMethod(model)
{
    private const int BatchSize = 64;

    public int Steps { get; } = steps > 0 ? steps : throw new FashionLabException($"integrated_gradients: steps {steps} must be positive");
    public RiemannRule Rule { get; } = rule;

    public override string Name => "integrated_gradients";

    public override string ToString() => $"IntegratedGradients(steps={Steps}, rule={Rule})";

    /// <summary>Attributes and checks completeness (the paper's suggested sanity check: the gap should be small).</summary>
    public (Tensor Map, CompletenessCheck Check) AttributeWithCompleteness(Tensor input, AttributionTarget target)
    {
        var map = Attribute(input, target);
        using var scores = Frozen(() => Scores(cat([input, Baseline(input)]), target));
        var check = new CompletenessCheck(map.sum().item<float>(), (scores[0] - scores[1]).item<float>());
        return (map, check);
    }

    protected override Tensor Compute(Tensor input, AttributionTarget target)
    {
        var start = Baseline(input);
        var delta = input - start;
        var (alphas, weights) = Path();
        var total = zeros_like(input);
        for (int from = 0; from < alphas.Length; from += BatchSize)
        {
            int count = Math.Min(BatchSize, alphas.Length - from);
            var alpha = tensor(alphas[from..(from + count)]).view(-1, 1, 1, 1);
            var weight = tensor(weights[from..(from + count)]).view(-1, 1, 1, 1);
            var gradients = InputGradient(start + alpha * delta, target);
            total.add_((gradients * weight).sum(dim: 0, keepdim: true));
        }
        return total.mul_(delta);
    }

    private Tensor Baseline(Tensor input) => baseline is null ? zeros_like(input) : baseline.expand_as(input).to(input.device);

    /// <summary>Points α on [0, 1] and their quadrature weights (summing to 1).</summary>
    private (float[] Alphas, float[] Weights) Path()
    {
        if (Rule == RiemannRule.Midpoint)
            return ([.. Enumerable.Range(0, Steps).Select(k => (k + 0.5f) / Steps)], [.. Enumerable.Repeat(1f / Steps, Steps)]);
        float[] alphas = [.. Enumerable.Range(0, Steps + 1).Select(k => (float)k / Steps)];
        float[] weights = [.. alphas.Select((_, k) => (k == 0 || k == Steps ? 0.5f : 1f) / Steps)];
        return (alphas, weights);
    }
}
