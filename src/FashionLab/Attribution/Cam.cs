using FashionLab.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>
/// Zhou et al. 2016, "Learning Deep Features for Discriminative Localization" (CAM): for a network whose feature
/// maps go through global average pooling into one dense layer, channel weight = that layer's weight from channel
/// c to the target class. The paper applies no ReLU; the option defaults to on like the rest of the family.
/// </summary>
public sealed class Cam(ClassifierNet model, bool relu = true) : CamBase(Checked(model), null, relu)
{
    public override string Name => "cam";

    /// <summary>Null when the head is global average pooling followed by a single dense layer (the gap preset).</summary>
    public static string? WhyNotApplicable(ClassifierNet model)
    {
        var head = model.Layers.Skip(model.FeatureLayerCount).Select(l => l.Module).ToList();
        return model.HasConvFeatures && head.FirstOrDefault() is AdaptiveAvgPool2d && head.OfType<Linear>().Count() == 1
            ? null
            : $"needs global average pooling into one dense layer (the 'gap' preset), but model is '{model.Spec.Preset}'";
    }

    protected override Tensor ChannelWeights(Tensor activations, Tensor gradients, AttributionTarget target) =>
        Model.Layers.Select(l => l.Module).OfType<Linear>().Single().weight![target.ClassIndex].detach();

    private static ClassifierNet Checked(ClassifierNet model) =>
        WhyNotApplicable(model) is { } reason ? throw new FashionLabException($"cam: {reason}") : model;
}
