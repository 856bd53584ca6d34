using FashionLab.Reporting;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace FashionLab.Visualization;

/// <summary>Saves a grayscale plane (e.g. a 28×28 input in [0, 1]) as a PNG enlarged with crisp square pixels.</summary>
public static class GrayscaleImageWriter
{
    /// <summary>
    /// Writes <paramref name="pixels"/> (row-major, 0 = black, 1 = white; clamped, NaN as black) enlarged
    /// <paramref name="scale"/> times by nearest neighbour. Written whole (<see cref="AtomicFile"/>), so a
    /// reader never sees half a PNG.
    /// </summary>
    public static void WritePng(string path, ReadOnlySpan<float> pixels, int width = 28, int height = 28, int scale = 10)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        if (pixels.Length != width * height)
        {
            throw new ArgumentException($"expected {width}×{height} = {width * height} pixels, got {pixels.Length}", nameof(pixels));
        }

        var outWidth = width * scale;
        var bytes = new byte[outWidth * height * scale];
        for (var y = 0; y < height * scale; y++)
        {
            for (var x = 0; x < outWidth; x++)
            {
                var v = pixels[y / scale * width + x / scale];
                bytes[y * outWidth + x] = float.IsNaN(v) ? (byte)0 : (byte)Math.Round(Math.Clamp(v, 0f, 1f) * 255f);
            }
        }

        using var image = Image.LoadPixelData<L8>(bytes, outWidth, height * scale);
        AtomicFile.Write(path, stream => image.SaveAsPng(stream));
    }
}
