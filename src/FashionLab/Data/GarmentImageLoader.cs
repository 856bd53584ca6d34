using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace FashionLab.Data;

/// <summary>
/// Reads a user's own picture of a garment (PNG, JPEG, BMP, GIF, WebP, …) and prepares it like a Fashion-MNIST
/// image: EXIF orientation applied, alpha composited, grayscale, inverted when the background is light, cropped
/// to the garment, longest side scaled to 28 and centred on black, backdrop level mapped to 0. Every failure is an
/// <see cref="ImageInputException"/> naming the input.
/// </summary>
public sealed class GarmentImageLoader(GarmentImageOptions? options = null)
{
    // Only the first frame of an animated GIF is used, so only that one is decoded.
    private static readonly Configuration Decoding = CreateConfiguration();

    public GarmentImageOptions Options { get; } = options ?? new GarmentImageOptions();

    /// <summary>Loads and prepares the picture at <paramref name="path"/>; the path is the name used in errors.</summary>
    public GarmentImage Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ImageInputException(path, "is a folder, not a picture");
        }

        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ImageInputException(path, "file not found", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ImageInputException(path, "permission denied", e);
        }
        catch (IOException e)
        {
            throw new ImageInputException(path, "file cannot be read", e);
        }

        using (stream)
        {
            return Load(stream, path);
        }
    }

    /// <summary>Prepares the picture read from <paramref name="stream"/> (from its current position).</summary>
    /// <param name="sourceName">Name used in <see cref="GarmentImage.Source"/> and in errors.</param>
    public GarmentImage Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);

        var (luma, alpha, width, height) = Decode(stream, sourceName);
        return GarmentPreprocessor.Process(sourceName, luma, alpha, width, height, Options);
    }

    private (float[] Luma, byte[]? Alpha, int Width, int Height) Decode(Stream stream, string sourceName)
    {
        try
        {
            // Identify needs to rewind before the full decode.
            var seekable = stream.CanSeek ? stream : Buffer(stream);
            var start = seekable.Position;
            if (seekable.Length - start <= 0)
            {
                throw new ImageInputException(sourceName, "file is empty (0 bytes)");
            }

            // The header alone says how big the picture is: refuse before a single pixel is allocated.
            var info = Image.Identify(Decoding, seekable, out _)
                ?? throw new ImageInputException(sourceName, "not an image (unknown format)");
            CheckSize(info.Width, info.Height, sourceName);

            seekable.Position = start;
            using var image = Image.Load<Rgba32>(Decoding, seekable);
            image.Mutate(x => x.AutoOrient());
            var (luma, alpha) = ReadLuminance(image);
            return (luma, alpha, image.Width, image.Height);
        }
        catch (UnknownImageFormatException e)
        {
            throw new ImageInputException(sourceName, "not an image (unknown format)", e);
        }
        catch (InvalidMemoryOperationException e)
        {
            throw new ImageInputException(sourceName, "too large to decode in memory", e);
        }
        catch (NotSupportedException e)
        {
            throw new ImageInputException(sourceName, "uses an image feature that is not supported", e);
        }
        catch (IOException e)
        {
            throw new ImageInputException(sourceName, "file cannot be read", e);
        }
        catch (Exception e) when (e is ImageFormatException
                                  or ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            // Damaged files can trip decoders with argument or index errors as well as format errors.
            throw new ImageInputException(sourceName, "truncated or corrupt image data", e);
        }
    }

    private void CheckSize(int width, int height, string sourceName)
    {
        if (width <= 0 || height <= 0)
        {
            throw new ImageInputException(sourceName, "truncated or corrupt image data");
        }

        if ((long)width * height > Options.MaxPixels)
        {
            var limit = (Options.MaxPixels / 1e6).ToString("0.##", CultureInfo.InvariantCulture);
            throw new ImageInputException(
                sourceName, $"{width}×{height} pixels is too large (limit {limit} megapixels)");
        }

        if (width > Options.MaxSide || height > Options.MaxSide)
        {
            throw new ImageInputException(
                sourceName, $"{width}×{height} pixels is too large (limit {Options.MaxSide} pixels per side)");
        }
    }

    /// <summary>Rec. 601 luma of the sRGB values (as PIL's "L" mode), plus alpha when any pixel is see-through.</summary>
    private static (float[] Luma, byte[]? Alpha) ReadLuminance(Image<Rgba32> image)
    {
        var width = image.Width;
        var luma = new float[width * image.Height];
        var alpha = new byte[luma.Length];
        var translucent = false;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var p = row[x];
                    luma[y * width + x] = (0.299f * p.R + 0.587f * p.G + 0.114f * p.B) / 255f;
                    alpha[y * width + x] = p.A;
                    translucent |= p.A != 255;
                }
            }
        });
        return (luma, translucent ? alpha : null);
    }

    private static MemoryStream Buffer(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static Configuration CreateConfiguration()
    {
        var configuration = Configuration.Default.Clone();
        configuration.ImageFormatsManager.SetDecoder(
            GifFormat.Instance,
            new GifDecoder { DecodingMode = FrameDecodingMode.First });
        return configuration;
    }
}
