using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>
/// Smilkov et al. 2017, "SmoothGrad": the mean of any method's maps over noisy copies x + N(0, σ²) of the input,
/// a wrapper like Captum's <c>NoiseTunnel</c>. σ = <paramref name="noiseFraction"/> × (max(x) − min(x)) (the paper's
/// noise level; 0.15 is its suggested default). The noise is drawn from a generator seeded with
/// <paramref name="seed"/>, so a map is reproducible and the global random state is left alone. Noisy pixels are not
/// clipped to [0, 1], as in the paper.
/// </summary>
public sealed class SmoothGrad(AttributionMethod inner, int samples = 25, double noiseFraction = 0.15, long seed = 0)
    : AttributionMethod(inner.Model)
{
    public AttributionMethod Inner { get; } = inner;
    public int Samples { get; } = samples > 0 ? samples : throw new FashionLabException($"smoothgrad: samples {samples} must be positive");
    public double NoiseFraction { get; } = noiseFraction >= 0 ? noiseFraction : throw new FashionLabException($"smoothgrad: noise {noiseFraction} must be ≥ 0");

    public override string Name => "smoothgrad";

    public override MapSign Sign => Inner.Sign;

    public override string ToString() => $"SmoothGrad({Inner}, samples={Samples}, noise={NoiseFraction})";

    protected override Tensor Compute(Tensor input, AttributionTarget target)
    {
        using var generator = new Generator((ulong)seed);
        double sigma = NoiseFraction * (input.max() - input.min()).item<float>();
        var sum = zeros(ImageSize, ImageSize);
        for (int i = 0; i < Samples; i++)
        {
            var noisy = input + randn(input.shape, generator: generator) * sigma;
            sum.add_(Inner.Attribute(noisy, target));
        }
        return sum.div_(Samples);
    }
}
