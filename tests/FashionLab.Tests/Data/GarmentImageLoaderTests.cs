using System.Buffers.Binary;
using System.Text;
using FashionLab.Data;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace FashionLab.Tests.Data;

public sealed class GarmentImageLoaderTests : TempDirectoryTest
{
    private const int Side = GarmentImage.Side;

    // The synthetic garment: a dark 21×10 rectangle, off-centre in a 60×40 white picture.
    private static readonly PixelBox Garment = new(5, 8, 21, 10);
    private static readonly Rgba32 Dark = new(30, 30, 30);
    private static readonly float DarkLuma = (0.299f * 30 + 0.587f * 30 + 0.114f * 30) / 255f;

    [Fact]
    public void Dark_garment_on_white_is_inverted_cropped_scaled_to_28_and_centred()
    {
        var path = Save("shirt.png", Picture(new Rgba32(255, 255, 255)), new PngEncoder());

        var image = new GarmentImageLoader().Load(path);

        Assert.Equal(path, image.Source);
        Assert.Equal(Side * Side, image.Pixels.Length);
        Assert.True(image.Inverted);
        Assert.Equal(Garment, image.CropBox);
        Assert.Equal((60, 40), (image.OriginalWidth, image.OriginalHeight));
        Assert.Equal(0f, image.Pixels[0]);
        Assert.Equal(0f, image.Pixels[Side - 1]);
        Assert.Equal(0f, image.Pixels[^Side]);
        Assert.Equal(0f, image.Pixels[^1]);

        // 21×10 scales to 28×13 (13.33 rounded): full width, rows 7..19, every garment pixel the inverted tone.
        var box = Bounds(image.Pixels);
        Assert.Equal((0, 27), (box.Left, box.Right));
        Assert.Equal(13, box.Bottom - box.Top + 1);
        Assert.InRange(box.Top - (Side - 1 - box.Bottom), -1, 1);
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                var expected = y >= box.Top && y <= box.Bottom ? 1f - DarkLuma : 0f;
                Assert.Equal(expected, image.Pixels[y * Side + x], 4);
            }
        }
    }

    [Fact]
    public void Tall_garment_spans_28_rows_with_equal_side_margins()
    {
        var picture = new Image<Rgba32>(50, 90, new Rgba32(250, 250, 250));
        Fill(picture, new PixelBox(30, 10, 11, 70), Dark);
        var path = Save("tall.png", picture, new PngEncoder());

        var image = new GarmentImageLoader().Load(path);

        var box = Bounds(image.Pixels);
        Assert.Equal((0, 27), (box.Top, box.Bottom));
        Assert.Equal(4, box.Right - box.Left + 1); // 11 × 28 / 70 = 4.4
        Assert.InRange(box.Left - (Side - 1 - box.Right), -1, 1);
    }

    [Fact]
    public void Invert_false_keeps_the_luminance_and_pads_with_black()
    {
        var path = Save("plain.png", Picture(new Rgba32(255, 255, 255)), new PngEncoder());

        var image = new GarmentImageLoader(new GarmentImageOptions(Invert: false, Crop: false)).Load(path);

        // 60×40 scales to 28×19 (18.67 rounded), rows 4..22; the rest is padding.
        Assert.False(image.Inverted);
        Assert.Equal(new PixelBox(0, 0, 60, 40), image.CropBox);
        Assert.Equal(0f, image.Pixels[0]);
        Assert.Equal(0f, image.Pixels[3 * Side + 14]);
        Assert.Equal(1f, image.Pixels[4 * Side + 27], 4); // white backdrop, top-right of the picture
        Assert.Equal(1f, image.Pixels[22 * Side + 27], 4);
        Assert.Equal(0f, image.Pixels[23 * Side + 14]);
        Assert.Equal(DarkLuma, image.Pixels[10 * Side + 7], 3); // inside the rectangle (x 5..25, y 8..17 → 2..12, 8..12)
    }

    [Fact]
    public void Crop_false_scales_the_whole_picture()
    {
        var path = Save("whole.png", Picture(new Rgba32(255, 255, 255)), new PngEncoder());

        var image = new GarmentImageLoader(new GarmentImageOptions(Crop: false)).Load(path);

        Assert.True(image.Inverted);
        Assert.Equal(new PixelBox(0, 0, 60, 40), image.CropBox);
        var box = Bounds(image.Pixels);
        // The rectangle keeps its place and size in the 28×19 picture (scale 28/60), not stretched to 28.
        Assert.InRange(box.Left, 2, 3);
        Assert.InRange(box.Right, 11, 12);
        Assert.InRange(box.Top, 4 + 3, 4 + 4);
        Assert.InRange(box.Bottom, 4 + 7, 4 + 8);
    }

    [Fact]
    public void Transparent_background_gives_the_same_result_as_white()
    {
        var white = new GarmentImageLoader().Load(Save("white.png", Picture(new Rgba32(255, 255, 255)), new PngEncoder()));
        // Transparent pixels carry black colour values, which must not leak through.
        var cutOut = new GarmentImageLoader().Load(Save("cutout.png", Picture(new Rgba32(0, 0, 0, 0)), new PngEncoder()));

        Assert.True(cutOut.Inverted);
        Assert.Equal(white.CropBox, cutOut.CropBox);
        Assert.Equal(white.Pixels, cutOut.Pixels);
    }

    [Fact]
    public void Light_garment_on_dark_background_is_not_inverted()
    {
        var picture = new Image<Rgba32>(60, 40, new Rgba32(20, 20, 20));
        Fill(picture, Garment, new Rgba32(230, 230, 230));
        var path = Save("light.png", picture, new PngEncoder());

        var image = new GarmentImageLoader().Load(path);

        Assert.False(image.Inverted);
        Assert.Equal(Garment, image.CropBox);
        Assert.Equal(0f, image.Pixels[0]);
        Assert.Equal((230f - 20f) / (255f - 20f), image.Pixels[14 * Side + 14], 3); // backdrop level mapped to black
    }

    public static TheoryData<string> Formats() => ["png", "jpg", "bmp", "gif", "webp"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_supported_format_is_read(string extension)
    {
        IImageEncoder encoder = extension switch
        {
            "png" => new PngEncoder(),
            "jpg" => new JpegEncoder { Quality = 95 },
            "bmp" => new BmpEncoder(),
            "gif" => new GifEncoder(),
            _ => new WebpEncoder { FileFormat = WebpFileFormatType.Lossless },
        };
        var path = Save("garment." + extension, Picture(new Rgba32(255, 255, 255)), encoder);

        var image = new GarmentImageLoader().Load(path);

        Assert.True(image.Inverted);
        Assert.InRange(image.CropBox.Width, Garment.Width - 1, Garment.Width + 1);
        Assert.InRange(image.CropBox.Height, Garment.Height - 1, Garment.Height + 1);
        Assert.Equal(0f, image.Pixels[0], 2);
        Assert.Equal(1f - DarkLuma, image.Pixels[14 * Side + 14], 1);
    }

    [Fact]
    public void Exif_orientation_is_applied()
    {
        var picture = Picture(new Rgba32(255, 255, 255));
        picture.Metadata.ExifProfile = new ExifProfile();
        picture.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6); // stored sideways: rotate 90° clockwise
        var path = Save("rotated.jpg", picture, new JpegEncoder { Quality = 95 });

        var image = new GarmentImageLoader().Load(path);

        Assert.Equal((40, 60), (image.OriginalWidth, image.OriginalHeight));
        var box = Bounds(image.Pixels, threshold: 0.5f);
        Assert.Equal((0, 27), (box.Top, box.Bottom)); // the wide rectangle now stands upright
        Assert.InRange(box.Right - box.Left + 1, 12, 14);
    }

    [Fact]
    public void Stream_that_cannot_seek_is_read()
    {
        var bytes = Encode(Picture(new Rgba32(255, 255, 255)), new PngEncoder());

        var image = new GarmentImageLoader().Load(new ForwardOnlyStream(bytes), "upload");

        Assert.Equal("upload", image.Source);
        Assert.Equal(Garment, image.CropBox);
    }

    [Fact]
    public void Text_file_named_png_is_not_an_image()
    {
        var path = Temp.File("shirt.png");
        File.WriteAllText(path, "this is a shopping list, not a shirt\n");

        AssertRefused(path, "not an image (unknown format)");
    }

    [Fact]
    public void Truncated_png_is_reported_as_corrupt()
    {
        var bytes = Encode(NoisePicture(), new PngEncoder());
        var path = Temp.File("x.png");
        File.WriteAllBytes(path, bytes[..100]);

        AssertRefused(path, "truncated or corrupt image data");
    }

    [Fact]
    public void Empty_file_is_reported_as_empty()
    {
        var path = Temp.File("empty.png");
        File.WriteAllBytes(path, []);

        AssertRefused(path, "file is empty (0 bytes)");
    }

    [Fact]
    public void Absurd_dimensions_are_refused_from_the_header_alone()
    {
        // Signature, IHDR and IEND only: there are no pixels, so a decoder that got this far would report missing
        // data (or try to allocate 40 GB) instead.
        var path = Temp.File("big.png");
        File.WriteAllBytes(path, PngHeaderOnly(100_000, 100_000));

        AssertRefused(path, "100000×100000 pixels is too large (limit 40 megapixels)");
    }

    [Fact]
    public void Too_long_a_side_is_refused()
    {
        var path = Temp.File("strip.png");
        File.WriteAllBytes(path, PngHeaderOnly(20_000, 10));

        AssertRefused(path, "20000×10 pixels is too large (limit 16384 pixels per side)");
    }

    [Fact]
    public void Missing_file_is_reported()
    {
        AssertRefused(Temp.File("missing.png"), "file not found");
    }

    [Fact]
    public void Blank_picture_has_nothing_to_crop()
    {
        var path = Save("blank.png", new Image<Rgba32>(30, 30, new Rgba32(255, 255, 255)), new PngEncoder());

        AssertRefused(path, "nothing stands out from the background (blank picture?)");
    }

    [Fact]
    public void Errors_derive_from_the_project_exception()
    {
        var error = Assert.Throws<ImageInputException>(() => new GarmentImageLoader().Load(Temp.File("none.png")));

        Assert.IsAssignableFrom<FashionLabException>(error);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static void AssertRefused(string path, string problem)
    {
        var error = Assert.Throws<ImageInputException>(() => new GarmentImageLoader().Load(path));
        Assert.Equal($"{path}: {problem}", error.Message);
        Assert.Equal(path, error.Input);
    }

    /// <summary>The 60×40 test picture: <see cref="Garment"/> in dark grey on <paramref name="background"/>.</summary>
    private static Image<Rgba32> Picture(Rgba32 background)
    {
        var picture = new Image<Rgba32>(60, 40, background);
        Fill(picture, Garment, Dark);
        return picture;
    }

    private static Image<Rgba32> NoisePicture()
    {
        var random = new Random(7);
        var picture = new Image<Rgba32>(60, 40);
        picture.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                foreach (ref var p in rows.GetRowSpan(y))
                {
                    p = new Rgba32((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                }
            }
        });
        return picture;
    }

    private static void Fill(Image<Rgba32> picture, PixelBox box, Rgba32 colour)
    {
        for (var y = box.Y; y < box.Y + box.Height; y++)
        {
            for (var x = box.X; x < box.X + box.Width; x++)
            {
                picture[x, y] = colour;
            }
        }
    }

    private string Save(string name, Image<Rgba32> picture, IImageEncoder encoder)
    {
        var path = Temp.File(name);
        File.WriteAllBytes(path, Encode(picture, encoder));
        return path;
    }

    private static byte[] Encode(Image<Rgba32> picture, IImageEncoder encoder)
    {
        using (picture)
        {
            using var stream = new MemoryStream();
            picture.Save(stream, encoder);
            return stream.ToArray();
        }
    }

    /// <summary>Inclusive bounds of the pixels above <paramref name="threshold"/>.</summary>
    private static (int Left, int Top, int Right, int Bottom) Bounds(float[] pixels, float threshold = 0.05f)
    {
        var (left, top, right, bottom) = (Side, Side, -1, -1);
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                if (pixels[y * Side + x] > threshold)
                {
                    (left, top) = (Math.Min(left, x), Math.Min(top, y));
                    (right, bottom) = (Math.Max(right, x), Math.Max(bottom, y));
                }
            }
        }

        return (left, top, right, bottom);
    }

    /// <summary>A PNG whose IHDR claims the given size but that holds no image data.</summary>
    private static byte[] PngHeaderOnly(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    /// <summary>The CRC-32 PNG chunks carry (ISO 3309, reflected polynomial 0xEDB88320).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>A network upload: readable once, no Length, no Seek.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
