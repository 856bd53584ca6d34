using FashionLab.Attribution;
using static TorchSharp.torch;

namespace FashionLab.Tests.Attribution;

[Collection("Attribution")]
public sealed class InputMethodTests
{
    private static readonly AttributionTarget Target = new(3);

    [Fact]
    public void Saliency_of_a_linear_model_is_the_absolute_weight_row()
    {
        var model = TinyNets.Linear(out var w);
        var map = new Saliency(model).Attribute(TinyNets.Image(), Target);
        AssertClose(w[3].abs().view(28, 28), map);
    }

    [Fact]
    public void Gradient_times_input_of_a_linear_model_is_each_pixels_contribution()
    {
        var model = TinyNets.Linear(out var w);
        var x = TinyNets.Image();
        AssertClose(w[3].view(28, 28) * x.view(28, 28), new GradientTimesInput(model).Attribute(x, Target));
    }

    [Theory]
    [InlineData(RiemannRule.Trapezoid)]
    [InlineData(RiemannRule.Midpoint)]
    public void Integrated_gradients_of_a_linear_model_is_exact(RiemannRule rule)
    {
        var model = TinyNets.Linear(out var w);
        var x = TinyNets.Image();
        var (map, check) = new IntegratedGradients(model, steps: 5, rule: rule).AttributeWithCompleteness(x, Target);
        AssertClose(w[3].view(28, 28) * x.view(28, 28), map);
        Assert.True(check.RelativeGap < 1e-4, $"gap {check.RelativeGap}");
    }

    [Fact]
    public void Integrated_gradients_is_complete_on_a_nonlinear_net_with_enough_steps()
    {
        var model = TinyNets.Preset("sheet6", "tanh");
        var (_, check) = new IntegratedGradients(model, steps: 200).AttributeWithCompleteness(TinyNets.Image(), Target);
        Assert.True(check.RelativeGap < 0.01, $"sum {check.AttributionSum} vs f(x) − f(x') {check.ScoreDifference}");
    }

    [Fact]
    public void Occlusion_of_single_pixels_on_a_linear_model_gives_the_logit_drop()
    {
        var model = TinyNets.Linear(out var w);
        var x = TinyNets.Image();
        var map = new Occlusion(model, patch: 1, stride: 1, useLogit: true).Attribute(x, Target);
        AssertClose(w[3].view(28, 28) * x.view(28, 28), map, 1e-3);
    }

    [Fact]
    public void Occlusion_covers_every_pixel_when_the_stride_does_not_divide_the_image()
    {
        var model = TinyNets.Linear(out var w);
        var x = TinyNets.Image();
        var map = new Occlusion(model, patch: 5, stride: 4, useLogit: true).Attribute(x, Target);
        // Corner pixel (27, 27) is covered only by the patch moved in to rows/columns 23..27.
        double expected = (w[3].view(28, 28) * x.view(28, 28))[TensorIndex.Slice(23, 28), TensorIndex.Slice(23, 28)].sum().item<float>();
        Assert.Equal(expected, map[27, 27].item<float>(), 3);
    }

    [Fact]
    public void SmoothGrad_with_no_noise_equals_its_inner_method_and_is_reproducible()
    {
        var model = TinyNets.Preset("sheet6");
        var x = TinyNets.Image();
        var saliency = new Saliency(model);
        AssertClose(saliency.Attribute(x, Target), new SmoothGrad(saliency, samples: 3, noiseFraction: 0).Attribute(x, Target));
        var noisy = new SmoothGrad(saliency, samples: 4, seed: 5);
        AssertClose(noisy.Attribute(x, Target), noisy.Attribute(x, Target), 0);
    }

    [Fact]
    public void Guided_backprop_and_deconvnet_apply_their_relu_rules()
    {
        var model = TinyNets.ReluMlp(out var w1, out var w2);
        var x = TinyNets.Image();
        var hidden = w1.matmul(x.view(784));
        var upstream = w2[3];
        var guided = w1.t().matmul(upstream.clamp_min(0) * hidden.gt(0));
        var deconv = w1.t().matmul(upstream.clamp_min(0));
        AssertClose(guided.view(28, 28), new GuidedBackprop(model).Attribute(x, Target), 1e-4);
        AssertClose(deconv.view(28, 28), new DeconvNet(model).Attribute(x, Target), 1e-4);
    }

    [Fact]
    public void Guided_backprop_of_a_network_without_relus_is_the_gradient()
    {
        var model = TinyNets.Linear(out var w);
        AssertClose(w[3].view(28, 28), new GuidedBackprop(model).Attribute(TinyNets.Image(), Target));
    }

    [Theory]
    [InlineData("tanh", "Tanh")]
    [InlineData("gelu", "GELU")]
    public void Guided_backprop_on_a_non_relu_model_names_the_activation(string activation, string module)
    {
        var model = TinyNets.Preset("sheet6", activation);
        var error = Assert.Throws<FashionLabException>(() => new GuidedBackprop(model));
        Assert.Contains(module, error.Message);
        Assert.Contains(activation, error.Message);
    }

    internal static void AssertClose(Tensor expected, Tensor actual, double tolerance = 1e-5)
    {
        Assert.Equal(expected.shape, actual.shape);
        double error = (expected - actual).abs().max().item<float>();
        double scale = Math.Max(1, expected.abs().max().item<float>());
        Assert.True(error <= tolerance * scale, $"max |difference| {error} (scale {scale})");
    }
}
