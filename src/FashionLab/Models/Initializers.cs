using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FashionLab.Models;

/// <summary>
/// Weight initialisations by name, applied to every convolution and dense layer. Biases start at zero
/// except for torch_default, which keeps TorchSharp's own initialisation of both.
/// </summary>
public static class Initializers
{
    private static readonly Dictionary<string, Action<Tensor, long, long>> WeightRules = new()
    {
        ["zero"] = (w, _, _) => nn.init.zeros_(w),
        // He et al. 2015: variance 2/fan_in keeps ReLU activations' scale; uniform bound sqrt(6/fan_in).
        ["he_uniform"] = (w, fanIn, _) => Uniform(w, Math.Sqrt(6.0 / fanIn)),
        ["he_normal"] = (w, fanIn, _) => nn.init.normal_(w, 0, Math.Sqrt(2.0 / fanIn)),
        // Glorot & Bengio 2010: variance 2/(fan_in + fan_out).
        ["xavier_uniform"] = (w, fanIn, fanOut) => Uniform(w, Math.Sqrt(6.0 / (fanIn + fanOut))),
        ["xavier_normal"] = (w, fanIn, fanOut) => nn.init.normal_(w, 0, Math.Sqrt(2.0 / (fanIn + fanOut))),
        // LeCun 1998, the init SELU is designed for: variance 1/fan_in.
        ["lecun_normal"] = (w, fanIn, _) => nn.init.normal_(w, 0, Math.Sqrt(1.0 / fanIn)),
        ["orthogonal"] = (w, _, _) => nn.init.orthogonal_(w),
        ["torch_default"] = (_, _, _) => { },
    };

    public static IReadOnlyList<string> Names { get; } = [.. WeightRules.Keys];

    public static string Validate(string name) =>
        WeightRules.ContainsKey(name)
            ? name
            : throw new FashionLabException($"unknown init '{name}'; valid: {string.Join(", ", Names)}");

    public static void Apply(nn.Module model, string name)
    {
        var rule = WeightRules[Validate(name)];
        if (name == "torch_default") return;
        using var noGrad = no_grad();
        foreach (var module in model.modules())
        {
            var (weight, bias) = module switch
            {
                Conv2d conv => (conv.weight, conv.bias),
                Linear linear => (linear.weight, linear.bias),
                _ => (null, null),
            };
            if (weight is null) continue;
            var (fanIn, fanOut) = Fans(weight);
            rule(weight, fanIn, fanOut);
            if (bias is not null) nn.init.zeros_(bias);
        }
    }

    /// <summary>fan_in = inputs per output unit (in_channels × kernel area); fan_out likewise for outputs.</summary>
    public static (long FanIn, long FanOut) Fans(Tensor weight)
    {
        long receptive = weight.shape.Skip(2).Aggregate(1L, (a, b) => a * b);
        return (weight.shape[1] * receptive, weight.shape[0] * receptive);
    }

    private static void Uniform(Tensor weight, double bound) => nn.init.uniform_(weight, -bound, bound);
}
