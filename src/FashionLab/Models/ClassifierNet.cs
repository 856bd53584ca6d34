using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Models;

/// <summary>A named layer of a <see cref="ClassifierNet"/>.</summary>
public sealed record NamedLayer(string Name, nn.Module<Tensor, Tensor> Module);

/// <summary>
/// A feed-forward classifier of [N, 1, 28, 28] pixels in [0, 1] to 10 logits, as an ordered list of layers.
/// Layers [0, FeatureLayerCount) are the feature part (normalisation and convolution blocks), the rest the head,
/// so that layer methods such as Grad-CAM can run the two halves separately and differentiate between them.
/// </summary>
public sealed class ClassifierNet : nn.Module<Tensor, Tensor>
{
    private readonly NamedLayer[] layers;

    internal ClassifierNet(ModelSpec spec, IReadOnlyList<NamedLayer> layers, int featureLayerCount, long forwardFlops)
        : base(spec.Preset)
    {
        Spec = spec;
        this.layers = [.. layers];
        FeatureLayerCount = featureLayerCount;
        ForwardFlopsPerImage = forwardFlops;
        // Registered one by one: RegisterComponents() does not see modules kept in arrays.
        foreach (var layer in this.layers) register_module(layer.Name, layer.Module);
    }

    public ModelSpec Spec { get; }
    public IReadOnlyList<NamedLayer> Layers => layers;
    public int FeatureLayerCount { get; }
    /// <summary>Whether the feature part ends in convolution feature maps (false for the MLP).</summary>
    public bool HasConvFeatures => layers[..FeatureLayerCount].Any(l => l.Module is TorchSharp.Modules.Conv2d);
    /// <summary>Multiply-adds × 2 of one image's forward pass through convolutions and dense layers.</summary>
    public long ForwardFlopsPerImage { get; }

    public override Tensor forward(Tensor input) => Run(input, 0, layers.Length);

    /// <summary>Output of the feature part: the last convolution block's maps.</summary>
    public Tensor Features(Tensor input) => Run(input, 0, FeatureLayerCount);

    /// <summary>Logits from the feature part's output.</summary>
    public Tensor Head(Tensor features) => Run(features, FeatureLayerCount, layers.Length);

    /// <summary>Runs layers [from, to) on <paramref name="input"/>; intermediate tensors go to the caller's dispose scope.</summary>
    public Tensor Run(Tensor input, int from, int to)
    {
        var x = input;
        for (int i = from; i < to; i++) x = layers[i].Module.call(x);
        return x;
    }

    public int IndexOf(string layerName)
    {
        int index = Array.FindIndex(layers, l => l.Name == layerName);
        return index >= 0
            ? index
            : throw new FashionLabException($"model has no layer '{layerName}'; layers: {string.Join(", ", layers.Select(l => l.Name))}");
    }

    /// <summary>
    /// Stores convolution weights channels-last (NHWC in memory, NCHW in shape) or back in the default layout.
    /// With channels-last inputs this lets oneDNN run convolutions without reordering every batch. TorchSharp has
    /// no memory-format API, so the strides are set explicitly. Saving needs the default layout.
    /// </summary>
    public ClassifierNet UseChannelsLast(bool enable = true)
    {
        using var noGrad = no_grad();
        foreach (var conv in modules().OfType<TorchSharp.Modules.Conv2d>())
        {
            var weight = conv.weight!;
            long[] shape = weight.shape;
            long[] strides = enable
                ? [shape[1] * shape[2] * shape[3], 1, shape[3] * shape[1], shape[1]]
                : [shape[1] * shape[2] * shape[3], shape[2] * shape[3], shape[3], 1];
            // A fresh leaf with the wanted strides (a permuted view could not be a parameter).
            var relaid = empty_strided(shape, strides, dtype: weight.dtype, device: weight.device);
            relaid.copy_(weight);
            conv.weight = new TorchSharp.Modules.Parameter(relaid, requires_grad: weight.requires_grad);
        }
        return this;
    }
}
