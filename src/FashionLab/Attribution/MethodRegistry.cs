using FashionLab.Models;

namespace FashionLab.Attribution;

/// <summary>A method the registry can build, with the check of whether it applies to a model.</summary>
/// <param name="WhyNotApplicable">Null when the method applies to the model, else the reason it does not.</param>
/// <param name="Create">Builds the method; the string is the layer for layer methods (null: the last feature layer).</param>
public sealed record MethodEntry(string Name, string Description, Func<ClassifierNet, string?, AttributionMethod> Create, Func<ClassifierNet, string?> WhyNotApplicable);

/// <summary>Attribution methods by name, with their defaults.</summary>
public static class MethodRegistry
{
    private static readonly MethodEntry[] Entries =
    [
        new("saliency", "|gradient| of the target logit", (m, _) => new Saliency(m), _ => null),
        new("gradient_x_input", "gradient ⊙ input", (m, _) => new GradientTimesInput(m), _ => null),
        new("smoothgrad", "saliency averaged over 25 noisy copies (σ = 15%)", (m, _) => new SmoothGrad(new Saliency(m)), _ => null),
        new("integrated_gradients", "path integral from a black image, 50 steps", (m, _) => new IntegratedGradients(m), _ => null),
        new("guided_backprop", "guided backpropagation (ReLU nets)", (m, _) => new GuidedBackprop(m), ModifiedReluBackprop.WhyNotApplicable),
        new("deconvnet", "deconvnet backward rule (ReLU nets)", (m, _) => new DeconvNet(m), ModifiedReluBackprop.WhyNotApplicable),
        new("occlusion", "probability drop under a sliding 4×4 black patch", (m, _) => new Occlusion(m), _ => null),
        new("gradcam", "Grad-CAM at the last feature layer (or --layer)", (m, layer) => new GradCam(m, layer), NeedsConv),
        new("gradcam_pp", "Grad-CAM++ at the last feature layer (or --layer)", (m, layer) => new GradCamPlusPlus(m, layer), NeedsConv),
        new("guided_gradcam", "guided backprop ⊙ Grad-CAM", (m, layer) => new GuidedGradCam(m, layer),
            m => NeedsConv(m) ?? ModifiedReluBackprop.WhyNotApplicable(m)),
        new("cam", "class activation map (gap preset)", (m, _) => new Cam(m), Cam.WhyNotApplicable),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Entries.Select(e => e.Name)];

    public static MethodEntry Get(string name) =>
        Entries.FirstOrDefault(e => e.Name == name)
        ?? throw new FashionLabException($"unknown attribution method '{name}'; valid: {string.Join(", ", Names)}");

    /// <summary>Builds the method for the model, or explains in one line why it does not apply.</summary>
    /// <param name="layer">Layer of the Grad-CAM family; null uses the last layer of the feature part.</param>
    public static AttributionMethod Create(string name, ClassifierNet model, string? layer = null)
    {
        var entry = Get(name);
        if (layer is not null) model.IndexOf(layer);
        return entry.WhyNotApplicable(model) is { } reason
            ? throw new FashionLabException($"{name}: {reason}")
            : entry.Create(model, layer);
    }

    /// <summary>The methods that apply to the model, in registry order.</summary>
    public static IReadOnlyList<string> ApplicableTo(ClassifierNet model) =>
        [.. Entries.Where(e => e.WhyNotApplicable(model) is null).Select(e => e.Name)];

    private static string? NeedsConv(ClassifierNet model) =>
        model.HasConvFeatures ? null : $"needs convolution feature maps, but model '{model.Spec.Preset}' has none";
}
