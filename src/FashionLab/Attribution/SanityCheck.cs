using FashionLab.Models;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>One point of the cascading randomisation: a method's mean rank correlation with its original maps.</summary>
/// <param name="LayersRandomized">How many weight layers, counted from the top, carry random weights.</param>
/// <param name="LowestRandomized">The lowest randomised layer's name.</param>
public sealed record SanityRow(string Method, int LayersRandomized, string LowestRandomized, double MeanRankCorrelation);

/// <param name="Flagged">Methods whose maps stay correlated with the original after every layer is randomised: they do not depend on what the model learned.</param>
public sealed record SanityCheckResult(IReadOnlyList<SanityRow> Rows, IReadOnlyList<string> Flagged, double Threshold);

/// <summary>
/// Adebayo et al. 2018, "Sanity Checks for Saliency Maps", cascading model-parameter randomisation: on a copy of the
/// model (never the user's), re-initialise the weight layers from the top (last dense) down, one more at each step,
/// and compare each method's maps with the original ones by Spearman rank correlation of the displayed maps (the
/// paper's "absolute value" variant, via <see cref="DisplayNormalization"/>). A method whose correlation stays above
/// the threshold with every layer randomised is flagged; Guided Backprop typically is.
/// </summary>
public static class SanityCheck
{
    /// <param name="images">A few images [N, 1, 28, 28]; each is explained for the original model's predicted class.</param>
    public static SanityCheckResult Run(ClassifierNet model, Tensor images, IReadOnlyList<string> methods, long seed = 0, double threshold = 0.5)
    {
        foreach (var name in methods) MethodRegistry.Create(name, model);
        using var scope = NewDisposeScope();
        var inputs = Enumerable.Range(0, (int)images.shape[0]).Select(i => images[TensorIndex.Slice(i, i + 1)]).ToList();
        var targets = inputs.Select(x => AttributionTarget.Predicted(model, x)).ToList();
        var original = methods.ToDictionary(m => m, m => Maps(MethodRegistry.Create(m, model), inputs, targets));

        var copy = Copy(model);
        var weighted = copy.Layers.Where(l => l.Module is Conv2d or Linear).Reverse().ToList();
        using var generator = new Generator((ulong)seed);
        var rows = new List<SanityRow>();
        for (int k = 1; k <= weighted.Count; k++)
        {
            Randomize(weighted[k - 1].Module, generator);
            foreach (var name in methods)
            {
                var maps = Maps(MethodRegistry.Create(name, copy), inputs, targets);
                double mean = maps.Select((m, i) => SpearmanCorrelation(original[name][i], m)).Average();
                rows.Add(new SanityRow(name, k, weighted[k - 1].Name, mean));
            }
        }
        copy.Dispose();
        var flagged = methods.Where(m => rows.Last(r => r.Method == m).MeanRankCorrelation > threshold).ToList();
        return new SanityCheckResult(rows, flagged, threshold);
    }

    /// <summary>Spearman's ρ with average ranks for ties; 0 when either map is constant (it ranks nothing).</summary>
    public static double SpearmanCorrelation(IReadOnlyList<float> a, IReadOnlyList<float> b)
    {
        double[] ra = Ranks(a), rb = Ranks(b);
        double ma = ra.Average(), mb = rb.Average();
        double cov = 0, va = 0, vb = 0;
        for (int i = 0; i < ra.Length; i++)
        {
            cov += (ra[i] - ma) * (rb[i] - mb);
            va += (ra[i] - ma) * (ra[i] - ma);
            vb += (rb[i] - mb) * (rb[i] - mb);
        }
        return va == 0 || vb == 0 ? 0 : cov / Math.Sqrt(va * vb);
    }

    private static double[] Ranks(IReadOnlyList<float> values)
    {
        int[] order = [.. Enumerable.Range(0, values.Count).OrderBy(i => values[i])];
        var ranks = new double[values.Count];
        for (int start = 0; start < order.Length;)
        {
            int end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            for (int j = start; j <= end; j++) ranks[order[j]] = (start + end) / 2.0;
            start = end + 1;
        }
        return ranks;
    }

    private static List<float[]> Maps(AttributionMethod method, List<Tensor> inputs, List<AttributionTarget> targets) =>
        [.. inputs.Select((x, i) =>
        {
            using var map = method.Attribute(x, targets[i]);
            using var display = DisplayNormalization.Normalize(map, method.Sign);
            return display.flatten().data<float>().ToArray();
        })];

    /// <summary>A fresh model of the same preset with the same parameters and buffers; the global random state is kept.</summary>
    internal static ClassifierNet Copy(ClassifierNet model)
    {
        var rng = random.get_rng_state();
        var copy = ModelPresets.Create(model.Spec);
        random.set_rng_state(rng);
        var source = model.state_dict();
        var target = copy.state_dict();
        if (!source.Keys.ToHashSet().SetEquals(target.Keys))
            throw new FashionLabException($"sanity check: cannot copy model '{model.Spec}': its layers differ from the preset's");
        using var noGrad = no_grad();
        foreach (var (name, tensor) in source) target[name].copy_(tensor);
        return copy;
    }

    /// <summary>He-uniform weights (bound √(6 / fan_in)) and zero biases: the presets' own initialisation.</summary>
    private static void Randomize(nn.Module layer, Generator generator)
    {
        using var noGrad = no_grad();
        foreach (var (name, parameter) in layer.named_parameters())
        {
            if (name == "bias") { parameter.zero_(); continue; }
            double bound = Math.Sqrt(6.0 / Initializers.Fans(parameter).FanIn);
            parameter.uniform_(-bound, bound, generator);
        }
    }
}
