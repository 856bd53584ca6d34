using FashionLab.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>
/// The class-activation-map family (as pytorch-grad-cam's <c>base_cam.py</c>): forward to the chosen layer's maps
/// A [C, h, w] → target score → its gradient ∂y/∂A → channel weights w [C] → Σ_c w_c A_c → optional ReLU →
/// bilinear upsampling to 28×28 (<see cref="LayerAttribution.Interpolate"/>). Subclasses only say how the channel
/// weights are computed. Maps are left unscaled; <see cref="DisplayNormalization"/> scales them for display.
/// </summary>
public abstract class CamBase : AttributionMethod
{
    protected CamBase(ClassifierNet model, string? layer, bool relu) : base(model)
    {
        if (!model.HasConvFeatures) throw new FashionLabException($"{Name}: needs convolution feature maps, but model '{model.Spec.Preset}' has none");
        LayerIndex = layer is null ? model.FeatureLayerCount - 1 : model.IndexOf(layer);
        Relu = relu;
    }

    /// <summary>Index of the layer whose output maps are explained; defaults to the last layer of the feature part.</summary>
    public int LayerIndex { get; }
    public string LayerName => Model.Layers[LayerIndex].Name;
    /// <summary>Keep only positive evidence (Selvaraju et al.'s ReLU); an explicit option as in Captum's <c>relu_attributions</c>.</summary>
    public bool Relu { get; }

    public override MapSign Sign => Relu ? MapSign.Positive : MapSign.Signed;

    public override string ToString() => $"{GetType().Name}(layer={LayerName}, relu={Relu})";

    /// <summary>The map at the layer's own resolution [h, w] (Captum's layer-shaped result), before upsampling.</summary>
    public Tensor AttributeLayer(Tensor input, AttributionTarget target)
    {
        ValidateInput(input);
        return Frozen(() => LayerMap(input.detach(), target));
    }

    /// <summary>Channel weights [C] from the layer's activations and the target score's gradient, both [C, h, w].</summary>
    protected abstract Tensor ChannelWeights(Tensor activations, Tensor gradients, AttributionTarget target);

    protected override Tensor Compute(Tensor input, AttributionTarget target) => LayerAttribution.Interpolate(LayerMap(input, target));

    private Tensor LayerMap(Tensor input, AttributionTarget target)
    {
        using var grad = enable_grad();
        var activations = Model.Run(input, 0, LayerIndex + 1).detach().requires_grad_(true);
        if (activations.dim() != 4)
            throw new FashionLabException($"{Name}: layer '{LayerName}' gives [{string.Join(", ", activations.shape)}], not feature maps [1, C, h, w]");
        var score = target.Score(Model.Run(activations, LayerIndex + 1, Model.Layers.Count)).sum();
        var gradients = torch.autograd.grad([score], [activations])[0][0];
        var maps = activations.detach()[0];
        var weights = ChannelWeights(maps, gradients, target);
        var cam = (weights.view(-1, 1, 1) * maps).sum(dim: 0);
        return Relu ? cam.relu() : cam;
    }
}
