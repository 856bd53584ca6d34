namespace FashionLab.Data;

/// <summary>How <see cref="GarmentImageLoader"/> turns a photo into a Fashion-MNIST-like 28×28 image.</summary>
/// <param name="Invert">
/// Invert when the detected background is light (&gt; 0.5), so a dark garment on white becomes a light garment on
/// black as in the dataset. False keeps the luminance as it is: a light backdrop then stays light inside the
/// picture while the padding around it is still black.
/// </param>
/// <param name="Crop">Crop to the garment's bounding box before scaling; false scales the whole picture.</param>
/// <param name="MaxPixels">Pictures with more pixels are refused before any pixel is decoded.</param>
/// <param name="MaxSide">Pictures wider or taller than this are refused before any pixel is decoded.</param>
public sealed record GarmentImageOptions(
    bool Invert = true,
    bool Crop = true,
    int MaxPixels = 40_000_000,
    int MaxSide = 16_384);
