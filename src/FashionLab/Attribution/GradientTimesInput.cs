using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>Shrikumar et al. 2016: x ⊙ ∂ logit_target / ∂ x (signed). For a linear model this is each pixel's exact contribution.</summary>
public sealed class GradientTimesInput(ClassifierNet model) : AttributionMethod(model)
{
    public override string Name => "gradient_x_input";

    protected override Tensor Compute(Tensor input, AttributionTarget target) => InputGradient(input, target).mul(input);
}
