using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>
/// Zeiler &amp; Fergus 2014: slide a <paramref name="patch"/>×<paramref name="patch"/> square of
/// <paramref name="baseline"/> over the image with <paramref name="stride"/>; a pixel's attribution is the drop in the
/// target's probability (or logit, with <paramref name="useLogit"/>) averaged over the patches covering it.
/// The last patch of a row or column is moved in to end at the border, so every pixel is covered.
/// </summary>
public sealed class Occlusion(ClassifierNet model, int patch = 4, int stride = 2, float baseline = 0f, bool useLogit = false)
    : AttributionMethod(model)
{
    public int Patch { get; } = patch is > 0 and <= ImageSize ? patch : throw new FashionLabException($"occlusion: patch {patch} must be in 1..{ImageSize}");
    public int Stride { get; } = stride > 0 ? stride : throw new FashionLabException($"occlusion: stride {stride} must be positive");
    public bool UseLogit { get; } = useLogit;

    public override string Name => "occlusion";

    public override MapSign Sign => MapSign.Positive;

    public override string ToString() => $"Occlusion(patch={Patch}, stride={Stride}, baseline={baseline}, {(UseLogit ? "logit" : "probability")})";

    protected override Tensor Compute(Tensor input, AttributionTarget target)
    {
        int[] starts = [.. Enumerable.Range(0, (ImageSize - Patch) / Stride + 1).Select(k => k * Stride)];
        if (starts[^1] + Patch < ImageSize) starts = [.. starts, ImageSize - Patch];
        var positions = starts.SelectMany(r => starts.Select(c => (Row: r, Col: c))).ToArray();
        var occluded = input.repeat(positions.Length, 1, 1, 1);
        var masks = zeros([positions.Length, 1, ImageSize, ImageSize], dtype: input.dtype);
        for (int i = 0; i < positions.Length; i++)
        {
            var (r, c) = positions[i];
            masks[i, 0, TensorIndex.Slice(r, r + Patch), TensorIndex.Slice(c, c + Patch)] = 1f;
        }
        occluded = occluded * (1 - masks) + masks * baseline;
        var scores = Score(cat([input, occluded]), target);
        var drops = (scores[0] - scores.narrow(0, 1, positions.Length)).view(-1, 1, 1, 1);
        var coverage = masks.sum(dim: 0);
        return (drops * masks).sum(dim: 0).div_(coverage.clamp_min(1));
    }

    private Tensor Score(Tensor inputs, AttributionTarget target)
    {
        using var noGrad = no_grad();
        var logits = Model.call(inputs);
        return target.Score(UseLogit ? logits : logits.softmax(1));
    }
}
