using FashionLab.Attribution;
using static TorchSharp.torch;

namespace FashionLab.Tests.Attribution;

[Collection("Attribution")]
public sealed class EvaluationTests
{
    [Fact]
    public void Spearman_correlation_ranks_with_ties()
    {
        Assert.Equal(1, SanityCheck.SpearmanCorrelation([1f, 2f, 3f, 10f], [0f, 5f, 6f, 7f]), 9);
        Assert.Equal(-1, SanityCheck.SpearmanCorrelation([1f, 2f, 3f], [3f, 2f, 1f]), 9);
        Assert.Equal(0, SanityCheck.SpearmanCorrelation([1f, 1f, 1f], [3f, 2f, 1f]), 9);
        // Ranks (0.5, 0.5, 2) vs (0, 1, 2): ρ = 0.866.
        Assert.Equal(Math.Sqrt(3) / 2, SanityCheck.SpearmanCorrelation([1f, 1f, 2f], [1f, 2f, 3f]), 6);
    }

    [Fact]
    public void Sanity_check_randomises_a_copy_from_the_top_down()
    {
        var model = TinyNets.Preset("sheet6");
        var before = InvariantTests.Snapshot(model);
        var images = cat([TinyNets.Image(1), TinyNets.Image(2)]);
        string[] methods = ["saliency", "gradcam", "guided_backprop"];
        var result = SanityCheck.Run(model, images, methods);
        Assert.Equal(methods.Length * 4, result.Rows.Count);
        Assert.Equal(["dense2", "dense1", "conv2", "conv1"], result.Rows.Where(r => r.Method == "saliency").Select(r => r.LowestRandomized));
        Assert.All(result.Rows, r => Assert.InRange(r.MeanRankCorrelation, -1, 1));
        Assert.All(result.Flagged, m => Assert.Contains(m, methods));
        InvariantTests.AssertUnchanged(before, model);
    }

    [Fact]
    public void Deletion_curve_starts_at_the_clean_probability_and_ends_on_a_black_image()
    {
        var model = TinyNets.Preset("sheet6");
        var x = TinyNets.Image();
        var target = new AttributionTarget(2);
        var map = new Saliency(model).Attribute(x, target);
        var curve = DeletionScore.Compute(model, x, map, MapSign.Signed, target, "saliency");
        Assert.Equal(21, curve.Probabilities.Count);
        model.eval();
        double clean = model.call(x).softmax(1)[0, 2].item<float>();
        double black = model.call(zeros_like(x)).softmax(1)[0, 2].item<float>();
        Assert.Equal(clean, curve.Probabilities[0], 4);
        Assert.Equal(black, curve.Probabilities[^1], 4);
        Assert.InRange(curve.Auc, 0, 1);
    }
}
