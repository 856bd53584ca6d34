namespace FashionLab.Data;

/// <summary>A user's picture prepared like a Fashion-MNIST image.</summary>
/// <param name="Source">The file (or stream name) it came from.</param>
/// <param name="Pixels">
/// <see cref="Side"/>×<see cref="Side"/> values in [0, 1], row-major, garment light on black like the dataset.
/// </param>
/// <param name="Inverted">Whether the luminance was inverted because the background was light.</param>
/// <param name="CropBox">The part of the picture that was scaled, in the picture's pixels after EXIF orientation.</param>
/// <param name="OriginalWidth">Width of the picture after EXIF orientation.</param>
/// <param name="OriginalHeight">Height of the picture after EXIF orientation.</param>
public sealed record GarmentImage(
    string Source,
    float[] Pixels,
    bool Inverted,
    PixelBox CropBox,
    int OriginalWidth,
    int OriginalHeight)
{
    /// <summary>Pixels on a side, as in the dataset.</summary>
    public const int Side = FashionMnist.ImageSize;
}
