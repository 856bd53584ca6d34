using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Models;

/// <summary>The activation functions a config may name, and what the models need to know about them.</summary>
public static class Activations
{
    private static readonly Dictionary<string, Func<nn.Module<Tensor, Tensor>>> Factories = new()
    {
        ["relu"] = () => nn.ReLU(),
        ["leaky_relu"] = () => nn.LeakyReLU(0.01),
        ["elu"] = () => nn.ELU(),
        ["selu"] = () => nn.SELU(),
        ["gelu"] = () => nn.GELU(),
        ["silu"] = () => nn.SiLU(),
        ["tanh"] = () => nn.Tanh(),
        ["sigmoid"] = () => nn.Sigmoid(),
        ["softplus"] = () => nn.Softplus(),
    };

    // GELU and SiLU dip below zero before rising, so max-pool does not commute with them.
    private static readonly HashSet<string> NonMonotonic = ["gelu", "silu"];

    public static IReadOnlyList<string> Names { get; } = [.. Factories.Keys];

    public static nn.Module<Tensor, Tensor> Create(string name) => Factories[Validate(name)]();

    /// <summary>
    /// True when the activation is non-decreasing, so act(maxpool(x)) == maxpool(act(x)) and the cheaper order
    /// (activation on the 4× smaller pooled map) gives the same network.
    /// </summary>
    public static bool CommutesWithMaxPool(string name) => !NonMonotonic.Contains(Validate(name));

    public static string Validate(string name) =>
        Factories.ContainsKey(name)
            ? name
            : throw new FashionLabException($"unknown activation '{name}'; valid: {string.Join(", ", Names)}");
}
