using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>
/// Chattopadhyay et al. 2018, "Grad-CAM++", Eq. 19 with the exponential of the score, which turns higher
/// derivatives into powers of the gradient g = ∂y/∂A:
/// α_ij = g_ij² / (2 g_ij² + Σ_ab A_ab · g_ij³), w = Σ_ij α_ij · relu(g_ij),
/// with α = 0 where the denominator is 0 (g = 0). pytorch-grad-cam adds ε = 1e-7 to the denominator instead, which
/// biases α when gradients are small (g² ≈ 1e-6 for a 28×28 map), so this class divides only where it may.
/// </summary>
public sealed class GradCamPlusPlus(ClassifierNet model, string? layer = null, bool relu = true) : CamBase(model, layer, relu)
{
    public override string Name => "gradcam_pp";

    protected override Tensor ChannelWeights(Tensor activations, Tensor gradients, AttributionTarget target)
    {
        var g2 = gradients.pow(2);
        var g3 = g2 * gradients;
        var activationSums = activations.sum([1, 2], keepdim: true);
        var denominator = 2 * g2 + activationSums * g3;
        var alpha = where(denominator.ne(0), g2 / denominator.where(denominator.ne(0), ones_like(denominator)), zeros_like(g2));
        return (alpha * gradients.relu()).sum([1, 2]);
    }
}
