using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>Helpers shared by layer methods (as Captum's <c>LayerAttribution</c>).</summary>
public static class LayerAttribution
{
    /// <summary>
    /// Upsamples a layer map [h, w] to the input's 28×28 by bilinear interpolation with half-pixel centres
    /// (align_corners = false: PyTorch's <c>F.interpolate</c> default, used by Captum's <c>LayerAttribution.interpolate</c>
    /// and equal to OpenCV's <c>cv2.resize</c> that pytorch-grad-cam uses). Every layer method uses this one function,
    /// so their maps are comparable; a 28×28 map comes back unchanged.
    /// </summary>
    public static Tensor Interpolate(Tensor layerMap, int size = AttributionMethod.ImageSize)
    {
        var map = layerMap.view(1, 1, layerMap.shape[^2], layerMap.shape[^1]);
        return nn.functional.interpolate(map, [size, size], mode: InterpolationMode.Bilinear, align_corners: false).view(size, size);
    }
}
