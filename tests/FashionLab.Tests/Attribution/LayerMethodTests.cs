using FashionLab.Attribution;
using static TorchSharp.torch;
using static FashionLab.Tests.Attribution.InputMethodTests;

namespace FashionLab.Tests.Attribution;

/// <summary>
/// On <see cref="TinyNets.Gap"/> (A₁ = x, A₂ = −½x, logit_c = Σ_k W_ck mean(A_k)) every quantity is known:
/// ∂y/∂A_k = W_ck / 784 everywhere, so Grad-CAM = Σ_k (W_ck / 784) A_k and CAM = Σ_k W_ck A_k.
/// </summary>
[Collection("Attribution")]
public sealed class LayerMethodTests
{
    private const int Class = 6;

    [Fact]
    public void Grad_cam_weights_channels_by_their_mean_gradient()
    {
        var model = TinyNets.Gap(out var w);
        var x = TinyNets.Image();
        var expected = (w[Class, 0] - 0.5f * w[Class, 1]) / 784f * x.view(28, 28);
        AssertClose(expected, new GradCam(model, relu: false).Attribute(x, new(Class)));
        AssertClose(expected.relu(), new GradCam(model).Attribute(x, new(Class)));
    }

    [Fact]
    public void Cam_weights_channels_by_the_dense_layer()
    {
        var model = TinyNets.Gap(out var w);
        var x = TinyNets.Image();
        var expected = (w[Class, 0] - 0.5f * w[Class, 1]) * x.view(28, 28);
        AssertClose(expected, new Cam(model, relu: false).Attribute(x, new(Class)), 1e-4);
    }

    [Fact]
    public void Grad_cam_plus_plus_follows_equation_19()
    {
        var model = TinyNets.Gap(out var w);
        var x = TinyNets.Image();
        double pixelSum = x.sum().item<float>();
        double[] activationSums = [pixelSum, -0.5 * pixelSum];
        double[] channel = [1, -0.5];
        double cam = 0;
        for (int k = 0; k < 2; k++)
        {
            double g = w[Class, k].item<float>() / 784;
            double alpha = g * g / (2 * g * g + activationSums[k] * g * g * g);
            cam += 784 * alpha * Math.Max(g, 0) * channel[k];
        }
        AssertClose(x.view(28, 28) * cam, new GradCamPlusPlus(model, relu: false).Attribute(x, new(Class)), 1e-4);
    }

    [Fact]
    public void Grad_cam_is_proportional_to_cam_on_the_gap_preset()
    {
        var model = TinyNets.Preset("gap");
        var x = TinyNets.Image();
        var gradCam = new GradCam(model).AttributeLayer(x, new(2));
        var cam = new Cam(model).AttributeLayer(x, new(2));
        long[] spatial = [.. gradCam.shape];
        AssertClose(cam / (spatial[0] * spatial[1]), gradCam, 1e-4);
    }

    [Fact]
    public void Upsampling_a_constant_map_keeps_it_constant()
    {
        var map = LayerAttribution.Interpolate(full(5, 5, 2f));
        Assert.Equal([28L, 28], map.shape);
        AssertClose(full(28, 28, 2f), map);
    }

    [Fact]
    public void Grad_cam_at_a_named_dense_layer_is_a_clear_error()
    {
        var model = TinyNets.Preset("sheet6");
        var error = Assert.Throws<FashionLabException>(() => new GradCam(model, "dense1").Attribute(TinyNets.Image(), new(0)));
        Assert.Contains("dense1", error.Message);
        Assert.Throws<FashionLabException>(() => new GradCam(model, "nope"));
    }

    [Theory]
    [InlineData("sheet6")]
    [InlineData("mlp")]
    public void Cam_needs_the_gap_preset(string preset)
    {
        var error = Assert.Throws<FashionLabException>(() => new Cam(TinyNets.Preset(preset)));
        Assert.Contains("gap", error.Message);
    }

    [Fact]
    public void Guided_grad_cam_is_guided_backprop_times_grad_cam()
    {
        var model = TinyNets.Preset("sheet6");
        var x = TinyNets.Image();
        var target = new AttributionTarget(4);
        var expected = new GuidedBackprop(model).Attribute(x, target) * new GradCam(model).Attribute(x, target);
        AssertClose(expected, new GuidedGradCam(model).Attribute(x, target));
    }
}
