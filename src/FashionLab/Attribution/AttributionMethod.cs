using FashionLab.Data;
using FashionLab.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>How a method's map is read: which sign carries the evidence (used by <see cref="DisplayNormalization"/>).</summary>
public enum MapSign
{
    /// <summary>Both signs matter; displayed by magnitude.</summary>
    Signed,
    /// <summary>Only positive values are evidence for the target (CAM family, occlusion).</summary>
    Positive,
}

/// <summary>
/// An attribution method with Captum's call: construct it with the model (and options), then
/// <see cref="Attribute"/>(input, target). The base puts the model in eval mode, keeps the user's requires_grad
/// flags and train/eval mode unchanged (also on error), and owns the dispose scope of each call.
/// </summary>
public abstract class AttributionMethod(ClassifierNet model)
{
    public const int ImageSize = FashionMnist.ImageSize;

    public ClassifierNet Model { get; } = model;

    /// <summary>The registry name, e.g. <c>saliency</c>.</summary>
    public abstract string Name { get; }

    public virtual MapSign Sign => MapSign.Signed;

    /// <summary>Explains <paramref name="target"/> for one image [1, 1, 28, 28] in [0, 1]; returns a map [28, 28].</summary>
    public Tensor Attribute(Tensor input, AttributionTarget target)
    {
        ValidateInput(input);
        if (target.ClassIndex is < 0 or >= FashionMnistClasses.Count)
            throw new FashionLabException($"{Name}: target class {target.ClassIndex} is outside 0..{FashionMnistClasses.Count - 1}");
        return Frozen(() => Compute(input.detach(), target).detach().reshape(ImageSize, ImageSize));
    }

    public override string ToString() => Name;

    /// <summary>The method proper, called with the model frozen inside a dispose scope; returns [28, 28] or [1, 1, 28, 28].</summary>
    protected abstract Tensor Compute(Tensor input, AttributionTarget target);

    /// <summary>Runs <paramref name="work"/> with the model frozen; its tensor result survives the inner dispose scope.</summary>
    protected Tensor Frozen(Func<Tensor> work)
    {
        using var frozen = new FrozenModel(Model);
        using var scope = NewDisposeScope();
        return work().MoveToOuterDisposeScope();
    }

    /// <summary>
    /// ∂ score / ∂ input for a batch [N, 1, 28, 28]. Images do not interact in eval mode, so the gradient of the
    /// summed scores is each image's own gradient.
    /// </summary>
    protected Tensor InputGradient(Tensor inputs, AttributionTarget target)
    {
        using var grad = enable_grad();
        var x = inputs.detach().requires_grad_(true);
        var score = target.Score(Model.call(x)).sum();
        return torch.autograd.grad([score], [x])[0];
    }

    /// <summary>Target scores (logits) of a batch, without a graph.</summary>
    protected Tensor Scores(Tensor inputs, AttributionTarget target)
    {
        using var noGrad = no_grad();
        return target.Score(Model.call(inputs));
    }

    internal static void ValidateInput(Tensor input)
    {
        if (!input.shape.SequenceEqual([1L, 1, ImageSize, ImageSize]))
            throw new FashionLabException($"attribution input must be one image [1, 1, 28, 28], got [{string.Join(", ", input.shape)}]");
    }
}
