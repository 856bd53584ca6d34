using SixLabors.ImageSharp;

namespace FashionLab.Tests.Visualization;

internal static class PngAssert
{
    /// <summary>The file decodes as a PNG of the given size.</summary>
    public static void IsPng(string path, int width, int height)
    {
        var info = Image.Identify(path, out var format);
        Assert.NotNull(info);
        Assert.Equal("PNG", format.Name);
        Assert.Equal(width, info.Width);
        Assert.Equal(height, info.Height);
    }
}
