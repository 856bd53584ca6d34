namespace FashionLab.Data;

/// <summary>
/// The pixel steps of <see cref="GarmentImageLoader"/>, on a decoded luminance plane: composite alpha, find the
/// background from the border, invert, crop, scale the longest side to 28, centre, and map the background to black.
/// Fashion-MNIST was made the same way (trim, resize the longest edge to 28, centre, negate; Xiao et al. 2017).
/// </summary>
internal static class GarmentPreprocessor
{
    // A pixel belongs to the garment when it differs from the background by more than this (or by twice the
    // border's own spread, for noisy or graded backdrops). JPEG noise on a plain backdrop stays well below 0.1.
    private const float MinContrast = 0.1f;

    private const int Side = GarmentImage.Side;

    /// <param name="luma">Luminance in [0, 1], row-major; overwritten.</param>
    /// <param name="alpha">Opacity per pixel, or null when the picture is opaque.</param>
    public static GarmentImage Process(
        string source, float[] luma, byte[]? alpha, int width, int height, GarmentImageOptions options)
    {
        var ring = BorderRing(width, height);
        if (alpha is not null)
        {
            Composite(luma, alpha, Matte(luma, alpha, ring));
        }

        var border = ring.Select(i => luma[i]).ToArray();
        var background = Median(border);
        var spread = Percentile(border.Select(v => Math.Abs(v - background)).ToArray(), 0.9);

        var inverted = options.Invert && background > 0.5f;
        if (inverted)
        {
            for (var i = 0; i < luma.Length; i++)
            {
                luma[i] = 1f - luma[i];
            }

            background = 1f - background;
        }

        var box = new PixelBox(0, 0, width, height);
        if (options.Crop)
        {
            box = FindGarment(luma, width, height, background, Math.Max(MinContrast, 2 * spread))
                ?? throw new ImageInputException(source, "nothing stands out from the background (blank picture?)");
        }

        var pixels = FitAndCentre(luma, width, box);

        // Dataset backgrounds are exactly 0: lift the (inverted) backdrop and its noise to black. A light
        // background left un-inverted (Invert = false) is kept as it is.
        if (background < 0.5f)
        {
            var floor = Math.Min(background + spread, 0.5f);
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = Math.Clamp((pixels[i] - floor) / (1f - floor), 0f, 1f);
            }
        }

        return new GarmentImage(source, pixels, inverted, box, width, height);
    }

    /// <summary>Indices of the outer band (2 % of the shorter side, at least 1 pixel) where only backdrop is expected.</summary>
    internal static int[] BorderRing(int width, int height)
    {
        var band = Math.Max(1, Math.Min(width, height) / 50);
        var ring = new List<int>();
        for (var y = 0; y < height; y++)
        {
            var edgeRow = y < band || y >= height - band;
            for (var x = 0; x < width; x++)
            {
                if (edgeRow || x < band || x >= width - band)
                {
                    ring.Add(y * width + x);
                }
            }
        }

        return [.. ring];
    }

    /// <summary>
    /// What transparent pixels become. An opaque border is the backdrop itself. A transparent border (a cut-out
    /// garment) gets the opposite of the garment's median tone, so a dark garment lands on white and a light one on black.
    /// </summary>
    private static float Matte(float[] luma, byte[] alpha, int[] ring)
    {
        var opaqueBorder = ring.Where(i => alpha[i] >= 128).Select(i => luma[i]).ToArray();
        if (opaqueBorder.Length * 2 >= ring.Length)
        {
            return Median(opaqueBorder);
        }

        // The garment's median tone (a 256-bin histogram: the picture may have tens of millions of pixels). The
        // median, not the mean, so white laces or soles do not outvote a mostly dark shoe.
        var histogram = new long[256];
        long count = 0;
        for (var i = 0; i < luma.Length; i++)
        {
            if (alpha[i] >= 128)
            {
                histogram[(int)(Math.Clamp(luma[i], 0f, 1f) * 255f)]++;
                count++;
            }
        }

        long seen = 0;
        var bin = 0;
        while (bin < 255 && (seen += histogram[bin]) * 2 < count)
        {
            bin++;
        }

        return count == 0 || bin < 128 ? 1f : 0f;
    }

    private static void Composite(float[] luma, byte[] alpha, float matte)
    {
        for (var i = 0; i < luma.Length; i++)
        {
            var a = alpha[i] / 255f;
            luma[i] = a * luma[i] + (1f - a) * matte;
        }
    }

    /// <summary>
    /// Bounding box of the rows and columns holding enough garment pixels. A column needs 0.5 % of the height
    /// (at least one pixel) so that specks of noise do not stretch the box.
    /// </summary>
    private static PixelBox? FindGarment(float[] luma, int width, int height, float background, float threshold)
    {
        var perColumn = new int[width];
        var perRow = new int[height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (Math.Abs(luma[y * width + x] - background) > threshold)
                {
                    perColumn[x]++;
                    perRow[y]++;
                }
            }
        }

        var columns = Span(perColumn, Math.Max(1, height / 200));
        var rows = Span(perRow, Math.Max(1, width / 200));
        if (columns is not var (left, right) || rows is not var (top, bottom))
        {
            return null;
        }

        return new PixelBox(left, top, right - left + 1, bottom - top + 1);
    }

    private static (int First, int Last)? Span(int[] counts, int minimum)
    {
        var first = Array.FindIndex(counts, c => c >= minimum);
        return first < 0 ? null : (first, Array.FindLastIndex(counts, c => c >= minimum));
    }

    /// <summary>Scales the box so its longest side is 28 and centres it on a black 28×28 canvas.</summary>
    private static float[] FitAndCentre(float[] luma, int stride, PixelBox box)
    {
        var longest = Math.Max(box.Width, box.Height);
        var width = Math.Clamp((int)Math.Round((double)box.Width * Side / longest), 1, Side);
        var height = Math.Clamp((int)Math.Round((double)box.Height * Side / longest), 1, Side);
        var scaled = TriangleResampler.Resize(luma, stride, box, width, height);

        var canvas = new float[Side * Side];
        var left = (Side - width) / 2;
        var top = (Side - height) / 2;
        for (var y = 0; y < height; y++)
        {
            Array.Copy(scaled, y * width, canvas, (top + y) * Side + left, width);
        }

        return canvas;
    }

    private static float Median(float[] values) => Percentile(values, 0.5);

    /// <remarks>Sorts <paramref name="values"/> in place.</remarks>
    private static float Percentile(float[] values, double fraction)
    {
        Array.Sort(values);
        return values[(int)Math.Round(fraction * (values.Length - 1))];
    }
}
