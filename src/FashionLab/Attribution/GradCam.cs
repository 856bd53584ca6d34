using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>Selvaraju et al. 2017, "Grad-CAM": channel weight = spatial mean of ∂y/∂A (global-average-pooled gradients).</summary>
public sealed class GradCam(ClassifierNet model, string? layer = null, bool relu = true) : CamBase(model, layer, relu)
{
    public override string Name => "gradcam";

    protected override Tensor ChannelWeights(Tensor activations, Tensor gradients, AttributionTarget target) =>
        gradients.mean([1, 2]);
}
