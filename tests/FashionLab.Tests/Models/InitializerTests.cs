using FashionLab.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FashionLab.Tests.Models;

public sealed class InitializerTests
{
    private static IEnumerable<Tensor> Weights(ClassifierNet model) =>
        model.modules().Select(m => m switch { Conv2d c => c.weight, Linear l => l.weight, _ => null }).OfType<Tensor>();

    private static IEnumerable<Tensor> Biases(ClassifierNet model) =>
        model.modules().Select(m => m switch { Conv2d c => c.bias, Linear l => l.bias, _ => null }).OfType<Tensor>();

    [Fact]
    public void Zero_init_makes_every_weight_and_bias_exactly_zero()
    {
        using var model = ModelPresets.Create(new ModelSpec(Init: "zero"));
        Assert.All(model.parameters(), p => Assert.Equal(0f, p.abs().max().item<float>()));
        Assert.Equal(8, model.parameters().Count());
    }

    [Fact]
    public void He_uniform_stays_within_its_bound_and_nearly_fills_it()
    {
        manual_seed(11);
        using var model = ModelPresets.Create(new ModelSpec(Init: "he_uniform"));
        foreach (var weight in Weights(model))
        {
            var (fanIn, _) = Initializers.Fans(weight);
            double bound = Math.Sqrt(6.0 / fanIn);
            double max = weight.abs().max().item<float>();
            Assert.InRange(max, 0.95 * bound, bound);
            // Uniform(-b, b) has variance b²/3 = 2/fan_in.
            Assert.InRange(weight.var().item<float>(), 0.8 * 2.0 / fanIn, 1.2 * 2.0 / fanIn);
        }
        Assert.All(Biases(model), b => Assert.Equal(0f, b.abs().max().item<float>()));
    }

    [Theory]
    [InlineData("he_normal", 2.0, 0.0)]
    [InlineData("lecun_normal", 1.0, 0.0)]
    [InlineData("xavier_normal", 2.0, 1.0)]
    [InlineData("xavier_uniform", 2.0, 1.0)]
    public void Variance_follows_the_rule(string init, double numerator, double fanOutWeight)
    {
        manual_seed(12);
        using var model = ModelPresets.Create(new ModelSpec(Init: init));
        var weight = Weights(model).Skip(1).First(); // conv2: 18,432 weights, enough for a tight estimate
        var (fanIn, fanOut) = Initializers.Fans(weight);
        double expected = numerator / (fanIn + fanOutWeight * fanOut);
        Assert.InRange(weight.var().item<float>(), 0.9 * expected, 1.1 * expected);
    }

    [Fact]
    public void Orthogonal_rows_of_a_dense_layer_are_orthonormal()
    {
        manual_seed(13);
        using var model = ModelPresets.Create(new ModelSpec(Init: "orthogonal"));
        var dense = model.modules().OfType<Linear>().First().weight!; // 128 × 1600
        using var gram = dense.matmul(dense.t());
        Assert.True(gram.allclose(eye(128), atol: 1e-4));
    }

    [Fact]
    public void Same_seed_gives_identical_weights()
    {
        manual_seed(7);
        using var a = ModelPresets.Create(new ModelSpec());
        manual_seed(7);
        using var b = ModelPresets.Create(new ModelSpec());
        Assert.All(a.parameters().Zip(b.parameters()), pair => Assert.True(pair.First.eq(pair.Second).all().item<bool>()));
    }
}
