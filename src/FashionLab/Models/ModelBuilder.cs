using FashionLab.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Models;

/// <summary>
/// Assembles a <see cref="ClassifierNet"/> layer by layer while tracking the activation shape, so that dense
/// layer sizes and the FLOP count follow from the architecture instead of being written by hand.
/// </summary>
internal sealed class ModelBuilder
{
    private readonly List<NamedLayer> layers = [];
    private readonly string activation;
    private long channels = 1, height = FashionMnist.ImageSize, width = FashionMnist.ImageSize, features;
    private int convCount, denseCount, actCount, poolCount, dropoutCount;
    private long flops;
    private int featureLayerCount = -1;

    public ModelBuilder(string activation)
    {
        this.activation = Activations.Validate(activation);
        Add("normalize", new Normalize(FashionMnist.PixelMean, FashionMnist.PixelStd));
    }

    /// <summary>Convolution (stride 1, 'same' padding when asked), activation, and optional 2×2 max-pool.</summary>
    public ModelBuilder ConvBlock(long outChannels, int kernel, bool samePadding, bool pool)
    {
        int padding = samePadding ? kernel / 2 : 0;
        Add($"conv{++convCount}", nn.Conv2d(channels, outChannels, kernel, padding: padding));
        height = height + 2 * padding - kernel + 1;
        width = width + 2 * padding - kernel + 1;
        flops += 2 * channels * kernel * kernel * outChannels * height * width;
        channels = outChannels;
        // Activation after the pool when they commute: same network, 4× fewer activation evaluations.
        if (pool && Activations.CommutesWithMaxPool(activation))
        {
            MaxPool();
            Activation();
        }
        else
        {
            Activation();
            if (pool) MaxPool();
        }
        return this;
    }

    public ModelBuilder GlobalAveragePool()
    {
        Add("gap", nn.AdaptiveAvgPool2d(1));
        height = width = 1;
        return this;
    }

    /// <summary>Marks the end of the feature part: later layers form the head.</summary>
    public ModelBuilder EndFeatures()
    {
        featureLayerCount = layers.Count;
        return this;
    }

    public ModelBuilder Flatten()
    {
        Add("flatten", nn.Flatten());
        features = channels * height * width;
        return this;
    }

    public ModelBuilder Dense(long outFeatures, bool activate)
    {
        Add($"dense{++denseCount}", nn.Linear(features, outFeatures));
        flops += 2 * features * outFeatures;
        features = outFeatures;
        if (activate) Activation();
        return this;
    }

    public ModelBuilder Dropout(double probability)
    {
        if (probability is < 0 or >= 1) throw new FashionLabException($"dropout: {probability} must be in [0, 1)");
        if (probability > 0) Add($"dropout{++dropoutCount}", nn.Dropout(probability));
        return this;
    }

    public ClassifierNet Build(ModelSpec spec)
    {
        if (featureLayerCount < 0) featureLayerCount = layers.Count;
        return new ClassifierNet(spec, layers, featureLayerCount, flops);
    }

    private void Activation() => Add($"act{++actCount}", Activations.Create(activation));

    private void MaxPool()
    {
        Add($"pool{++poolCount}", nn.MaxPool2d(2));
        height /= 2;
        width /= 2;
    }

    private void Add(string name, nn.Module<Tensor, Tensor> module) => layers.Add(new NamedLayer(name, module));
}
