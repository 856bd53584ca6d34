using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>
/// Chattopadhyay et al. 2018, "Grad-CAM++", Eq. 19 with the exponential of the score, which turns higher
/// derivatives into powers of the gradient g = ∂y/∂A:
/// α_ij = g_ij² / (2 g_ij² + Σ_ab A_ab · g_ij³), w = Σ_ij α_ij · relu(g_ij),
/// with α = 0 where g = 0 (as pytorch-grad-cam's <c>grad_cam_plusplus.py</c>).
/// </summary>
public sealed class GradCamPlusPlus(ClassifierNet model, string? layer = null, bool relu = true) : CamBase(model, layer, relu)
{
    private const double Epsilon = 1e-7;

    public override string Name => "gradcam_pp";

    protected override Tensor ChannelWeights(Tensor activations, Tensor gradients, AttributionTarget target)
    {
        var g2 = gradients.pow(2);
        var g3 = g2 * gradients;
        var activationSums = activations.sum([1, 2], keepdim: true);
        var alpha = g2 / (2 * g2 + activationSums * g3 + Epsilon);
        alpha = where(gradients.ne(0), alpha, zeros_like(alpha));
        return (alpha * gradients.relu()).sum([1, 2]);
    }
}
