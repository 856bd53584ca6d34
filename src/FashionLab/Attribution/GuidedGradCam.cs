using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>
/// Selvaraju et al. 2017: Guided Backpropagation ⊙ (upsampled) Grad-CAM, pixel-sharp and class-discriminative.
/// ReLU networks with convolution features only.
/// </summary>
public sealed class GuidedGradCam(ClassifierNet model, string? layer = null) : AttributionMethod(model)
{
    private readonly GuidedBackprop guided = new(model);
    private readonly GradCam gradCam = new(model, layer);

    public override string Name => "guided_gradcam";

    public override string ToString() => $"GuidedGradCam(layer={gradCam.LayerName})";

    protected override Tensor Compute(Tensor input, AttributionTarget target) =>
        guided.Attribute(input, target) * gradCam.Attribute(input, target);
}
