using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>
/// Springenberg et al. 2015, "Striving for Simplicity": at each ReLU pass back only positive gradient where the
/// forward input was positive, grad · [x &gt; 0] · [grad &gt; 0]. Returns the signed input gradient so obtained.
/// </summary>
public sealed class GuidedBackprop(ClassifierNet model) : ModifiedReluBackprop(model)
{
    public override string Name => "guided_backprop";

    protected override Tensor ReluRule(Tensor reluInput, Tensor gradOutput) => gradOutput.clamp_min(0).mul(reluInput.gt(0));
}
