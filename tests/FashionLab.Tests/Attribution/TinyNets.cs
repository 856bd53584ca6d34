using FashionLab.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Tests.Attribution;

/// <summary>Hand-weighted classifiers whose attributions can be worked out by hand.</summary>
internal static class TinyNets
{
    /// <summary>logits = W · flatten(x), W [10, 784] seeded normal, no bias.</summary>
    public static ClassifierNet Linear(out Tensor weight)
    {
        var dense = Dense(784, 10, seed: 1);
        weight = dense.weight!.detach().clone();
        return new ClassifierNet(new ModelSpec("linear"), [new("flatten", nn.Flatten()), new("dense1", dense)], 0, 0);
    }

    /// <summary>logits = W2 · relu(W1 · flatten(x)), 3 hidden units.</summary>
    public static ClassifierNet ReluMlp(out Tensor w1, out Tensor w2)
    {
        var (dense1, dense2) = (Dense(784, 3, seed: 2), Dense(3, 10, seed: 3));
        (w1, w2) = (dense1.weight!.detach().clone(), dense2.weight!.detach().clone());
        return new ClassifierNet(new ModelSpec("relu-mlp"),
            [new("flatten", nn.Flatten()), new("dense1", dense1), new("act1", nn.ReLU()), new("dense2", dense2)], 0, 0);
    }

    /// <summary>
    /// A 1×1 convolution to two channels A₁ = x, A₂ = −½x, global average pooling, and logits = W · mean(A):
    /// the smallest network with the CAM architecture.
    /// </summary>
    public static ClassifierNet Gap(out Tensor weight)
    {
        var conv = nn.Conv2d(1, 2, 1, bias: false);
        using (no_grad()) conv.weight!.copy_(tensor(new[] { 1f, -0.5f }).view(2, 1, 1, 1));
        var dense = Dense(2, 10, seed: 4);
        weight = dense.weight!.detach().clone();
        return new ClassifierNet(new ModelSpec("gap"),
            [new("conv1", conv), new("gap", nn.AdaptiveAvgPool2d(1)), new("flatten", nn.Flatten()), new("dense1", dense)], 1, 0);
    }

    /// <summary>A preset with seeded initialisation; locked because the global generator is shared by parallel tests.</summary>
    public static ClassifierNet Preset(string preset, string activation = "relu", int seed = 0)
    {
        lock (RandomLock)
        {
            manual_seed(seed);
            return ModelPresets.Create(new ModelSpec(preset, activation, "he_uniform"));
        }
    }

    private static readonly Lock RandomLock = new();

    /// <summary>A fixed image [1, 1, 28, 28] in [0, 1].</summary>
    public static Tensor Image(int seed = 7)
    {
        using var generator = new Generator((ulong)seed);
        return rand([1, 1, 28, 28], generator: generator);
    }

    private static TorchSharp.Modules.Linear Dense(int inputs, int outputs, int seed)
    {
        var dense = nn.Linear(inputs, outputs, hasBias: false);
        using var generator = new Generator((ulong)seed);
        using (no_grad()) dense.weight!.copy_(randn([outputs, inputs], generator: generator));
        return dense;
    }
}
