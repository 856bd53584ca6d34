using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>What to explain: one class of the classifier's output (Captum's <c>target</c>, pytorch-grad-cam's <c>ClassifierOutputTarget</c>).</summary>
public sealed record AttributionTarget(int ClassIndex)
{
    /// <summary>The class the model predicts for <paramref name="input"/> [1, 1, 28, 28].</summary>
    public static AttributionTarget Predicted(ClassifierNet model, Tensor input)
    {
        using var frozen = new FrozenModel(model);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return new AttributionTarget((int)model.call(input).argmax(1)[0].item<long>());
    }

    /// <summary>The explained score: this class's logit for every image of a batch of logits [N, classes].</summary>
    public Tensor Score(Tensor logits) => logits.select(1, ClassIndex);

    public override string ToString() => $"class {ClassIndex}";
}
