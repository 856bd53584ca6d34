using FashionLab.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FashionLab.Tests.Models;

public sealed class ModelTests
{
    [Theory]
    [InlineData("sheet6", "relu", 64, 5, 5)]
    [InlineData("sheet6", "gelu", 64, 5, 5)]
    [InlineData("tf-tutorial", "relu", 64, 7, 7)]
    [InlineData("gap", "elu", 128, 7, 7)]
    public void Given_a_preset_When_forwarding_a_batch_Then_logits_and_features_have_the_expected_shapes(
        string preset, string activation, long channels, long height, long width)
    {
        manual_seed(0);
        using var model = ModelPresets.Create(new ModelSpec(preset, activation));
        using var scope = NewDisposeScope();
        var input = rand(3, 1, 28, 28);

        Assert.Equal([3L, 10], model.call(input).shape);
        Assert.Equal([3L, channels, height, width], model.Features(input).shape);
        Assert.True(model.HasConvFeatures);
    }

    [Fact]
    public void Mlp_uses_the_configured_hidden_widths()
    {
        using var model = ModelPresets.Create(new ModelSpec("mlp", Hidden: [64, 32]));
        var dense = model.modules().OfType<Linear>().Select(l => l.weight!.shape).ToList();
        Assert.Equal([[64L, 784], [32L, 64], [10L, 32]], dense);
        Assert.False(model.HasConvFeatures);
    }

    [Fact]
    public void Sheet6_layers_are_in_the_documented_order_with_activation_after_pooling_for_relu()
    {
        using var relu = ModelPresets.Create(new ModelSpec("sheet6", "relu"));
        Assert.Equal("normalize conv1 pool1 act1 conv2 pool2 act2 flatten dense1 act3 dense2",
            string.Join(' ', relu.Layers.Select(l => l.Name)));
        using var gelu = ModelPresets.Create(new ModelSpec("sheet6", "gelu"));
        Assert.Equal("normalize conv1 act1 pool1 conv2 act2 pool2 flatten dense1 act3 dense2",
            string.Join(' ', gelu.Layers.Select(l => l.Name)));
    }

    [Fact]
    public void Sheet6_flop_count_is_the_sum_of_its_layers()
    {
        using var model = ModelPresets.Create(new ModelSpec());
        long expected = 2L * (1 * 9 * 32 * 26 * 26 + 32 * 9 * 64 * 11 * 11 + 1600 * 128 + 128 * 10);
        Assert.Equal(expected, model.ForwardFlopsPerImage);
    }

    [Fact]
    public void Relu_after_pool_gives_the_same_outputs_as_relu_before_pool()
    {
        manual_seed(3);
        using var scope = NewDisposeScope();
        var x = randn(2, 4, 6, 6);
        var pooledFirst = nn.functional.relu(nn.functional.max_pool2d(x, 2));
        var activatedFirst = nn.functional.max_pool2d(nn.functional.relu(x), 2);
        Assert.True(pooledFirst.eq(activatedFirst).all().item<bool>());
    }

    [Fact]
    public void Channels_last_weights_keep_values_and_outputs()
    {
        manual_seed(5);
        using var model = ModelPresets.Create(new ModelSpec());
        model.eval();
        using var scope = NewDisposeScope();
        var input = rand(4, 1, 28, 28);
        var before = model.call(input).clone();
        model.UseChannelsLast();
        var conv = model.modules().OfType<Conv2d>().Last();
        Assert.Equal([288L, 1, 96, 32], conv.weight!.stride());
        Assert.True(model.call(input.ToChannelsLast()).allclose(before, rtol: 1e-5, atol: 1e-5));
    }

    [Fact]
    public void Normalisation_layer_maps_the_dataset_mean_to_zero()
    {
        var normalize = new Normalize(0.25f, 0.5f);
        using var output = normalize.call(tensor(new float[] { 0.25f, 0.75f, 0f }));
        Assert.Equal(new float[] { 0f, 1f, -0.5f }, output.data<float>().ToArray());
    }

    [Fact]
    public void Unknown_names_list_the_valid_choices()
    {
        var error = Assert.Throws<FashionLabException>(() => ModelPresets.Create(new ModelSpec("sheet6", "swish")));
        Assert.Equal("unknown activation 'swish'; valid: relu, leaky_relu, elu, selu, gelu, silu, tanh, sigmoid, softplus", error.Message);
        Assert.Contains("valid: sheet6, tf-tutorial, gap, mlp", Assert.Throws<FashionLabException>(() => ModelPresets.Create(new ModelSpec("vgg"))).Message);
    }
}
