using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>The one mapping from a raw attribution map to display values in [0, 1].</summary>
public static class DisplayNormalization
{
    /// <summary>
    /// Signed maps are shown by magnitude |m|, positive-evidence maps by their positive part max(m, 0) (negative
    /// values become 0). The result is divided by the (100 − <paramref name="outlierPercent"/>)th percentile of the
    /// non-zero values and clipped to 1, as Captum's visualisation does, so a few extreme pixels do not wash out the
    /// rest (falls back to the maximum when that percentile is 0). An all-zero, all-negative (positive mode) or
    /// non-finite map becomes all zeros, never NaN.
    /// </summary>
    public static Tensor Normalize(Tensor map, MapSign sign, double outlierPercent = 1)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var values = map.detach().to_type(ScalarType.Float32);
        values = sign == MapSign.Signed ? values.abs() : values.clamp_min(0);
        values = values.nan_to_num(0, 0, 0);
        float[] nonZero = [.. values.masked_select(values.gt(0)).data<float>().Order()];
        if (nonZero.Length == 0) return zeros_like(values).MoveToOuterDisposeScope();
        // Nearest-rank percentile of the non-zero values.
        int rank = (int)Math.Ceiling((1 - outlierPercent / 100) * nonZero.Length) - 1;
        double scale = nonZero[Math.Clamp(rank, 0, nonZero.Length - 1)];
        return values.div(scale).clamp_(0, 1).MoveToOuterDisposeScope();
    }
}
