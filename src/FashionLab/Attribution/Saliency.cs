using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>Simonyan et al. 2014, "Deep Inside Convolutional Networks": |∂ logit_target / ∂ x|.</summary>
public sealed class Saliency(ClassifierNet model) : AttributionMethod(model)
{
    public override string Name => "saliency";

    protected override Tensor Compute(Tensor input, AttributionTarget target) => InputGradient(input, target).abs();
}
