using FashionLab.Attribution;
using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Tests.Attribution;

/// <summary>Every method over real presets and several targets: shapes, finiteness, and an untouched model.</summary>
[Collection("Attribution")]
public sealed class InvariantTests
{
    public static TheoryData<string, string> MethodsAndPresets()
    {
        var data = new TheoryData<string, string>();
        foreach (var preset in new[] { "sheet6", "gap" })
            foreach (var method in MethodRegistry.ApplicableTo(TinyNets.Preset(preset)))
                data.Add(method, preset);
        return data;
    }

    [Theory]
    [MemberData(nameof(MethodsAndPresets))]
    public void Every_method_gives_a_finite_28_by_28_map_and_leaves_the_model_unchanged(string method, string preset)
    {
        var model = TinyNets.Preset(preset);
        model.train();
        var before = Snapshot(model);
        var attribution = MethodRegistry.Create(method, model);
        foreach (int target in new[] { 0, 5, 9 })
        {
            var map = attribution.Attribute(TinyNets.Image(target), new(target));
            Assert.Equal([28L, 28], map.shape);
            Assert.False(map.isnan().any().item<bool>() || map.isinf().any().item<bool>());
            var display = DisplayNormalization.Normalize(map, attribution.Sign);
            Assert.True(display.min().item<float>() >= 0 && display.max().item<float>() <= 1);
        }
        AssertUnchanged(before, model);
    }

    [Fact]
    public void A_method_that_throws_leaves_the_model_unchanged()
    {
        var model = TinyNets.Preset("sheet6");
        model.train();
        model.Layers[1].Module.eval();
        var before = Snapshot(model);
        Assert.Throws<FashionLabException>(() => new GradCam(model, "dense1").Attribute(TinyNets.Image(), new(0)));
        AssertUnchanged(before, model);
    }

    [Fact]
    public void Inputs_are_left_without_gradients()
    {
        var model = TinyNets.Preset("sheet6");
        var x = TinyNets.Image();
        new Saliency(model).Attribute(x, new(1));
        Assert.False(x.requires_grad);
        Assert.All(model.parameters(), p => Assert.True(p.grad is null));
    }

    [Fact]
    public void Registry_lists_valid_names_and_says_why_a_method_does_not_apply()
    {
        var unknown = Assert.Throws<FashionLabException>(() => MethodRegistry.Get("lime"));
        Assert.Contains("integrated_gradients", unknown.Message);
        var mlp = TinyNets.Preset("mlp");
        Assert.DoesNotContain("gradcam", MethodRegistry.ApplicableTo(mlp));
        Assert.Contains("saliency", MethodRegistry.ApplicableTo(mlp));
        Assert.Contains("cam", MethodRegistry.ApplicableTo(TinyNets.Preset("gap")));
        var tanh = Assert.Throws<FashionLabException>(() => MethodRegistry.Create("guided_gradcam", TinyNets.Preset("sheet6", "tanh")));
        Assert.Contains("Tanh", tanh.Message);
    }

    [Fact]
    public void Grad_cam_layer_is_selectable_and_an_unknown_layer_lists_the_valid_ones()
    {
        var model = TinyNets.Preset("sheet6");
        using var input = rand(1, 1, 28, 28);
        var target = new AttributionTarget(3);
        using var early = MethodRegistry.Create("gradcam", model, "act1").Attribute(input, target);
        using var late = MethodRegistry.Create("gradcam", model).Attribute(input, target);
        Assert.Equal([28L, 28], early.shape);
        Assert.False(early.allclose(late));
        var error = Assert.Throws<FashionLabException>(() => MethodRegistry.Create("gradcam", model, "conv9"));
        Assert.StartsWith("model has no layer 'conv9'; layers: normalize, conv1, pool1, act1,", error.Message);
    }

    [Theory]
    [InlineData(MapSign.Positive, -1f)]
    [InlineData(MapSign.Positive, 0f)]
    [InlineData(MapSign.Signed, 0f)]
    [InlineData(MapSign.Positive, float.NaN)]
    public void Display_normalization_of_an_empty_map_is_all_zeros(MapSign sign, float value)
    {
        var display = DisplayNormalization.Normalize(full(28, 28, value), sign);
        Assert.Equal(0f, display.abs().max().item<float>());
    }

    [Fact]
    public void Display_normalization_shows_signed_maps_by_magnitude()
    {
        var map = tensor(new[] { -4f, 2f, 0f, 1f }).view(2, 2);
        var display = DisplayNormalization.Normalize(map, MapSign.Signed, outlierPercent: 0);
        Assert.Equal([1f, 0.5f, 0f, 0.25f], display.flatten().data<float>().ToArray());
    }

    internal static (bool[] Training, Dictionary<string, Tensor> State, bool[] RequiresGrad) Snapshot(ClassifierNet model) =>
        ([.. model.modules().Prepend(model).Select(m => m.training)],
         model.state_dict().ToDictionary(p => p.Key, p => p.Value.detach().clone()),
         [.. model.parameters().Select(p => p.requires_grad)]);

    internal static void AssertUnchanged((bool[] Training, Dictionary<string, Tensor> State, bool[] RequiresGrad) before, ClassifierNet model)
    {
        var after = Snapshot(model);
        Assert.Equal(before.Training, after.Training);
        Assert.Equal(before.RequiresGrad, after.RequiresGrad);
        foreach (var (name, value) in before.State) Assert.True(value.allclose(after.State[name], 0, 0), $"{name} changed");
    }
}
