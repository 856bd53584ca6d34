using FashionLab.Visualization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace FashionLab.Tests.Visualization;

public sealed class GrayscaleImageWriterTests : TempDirectoryTest
{
    [Fact]
    public void Writes_an_enlarged_png_with_square_pixels_and_no_leftovers()
    {
        var pixels = Enumerable.Range(0, 28 * 28).Select(i => i / (28f * 28f - 1)).ToArray();
        pixels[1] = float.NaN;
        pixels[2] = 2f;
        var path = Temp.File("out/input.png");

        GrayscaleImageWriter.WritePng(path, pixels);

        using var image = Image.Load<L8>(path);
        Assert.Equal((280, 280), (image.Width, image.Height));
        Assert.Equal(0, image[10, 0].PackedValue);   // NaN → black
        Assert.Equal(255, image[29, 9].PackedValue); // clamped
        Assert.Equal((byte)Math.Round(pixels[5 * 28 + 7] * 255), image[75, 59].PackedValue);
        Assert.Equal(image[70, 50], image[79, 59]);
        Assert.Equal(["input.png"], Directory.GetFiles(Temp.File("out")).Select(Path.GetFileName));
    }
}
