namespace FashionLab.Data;

/// <summary>
/// Separable resize with a triangle (tent) filter that widens with the reduction factor, as PIL's
/// <c>Image.resize</c> does: when shrinking a photo by 100× every source pixel still contributes (area-like
/// averaging), so thin straps neither vanish nor alias; when enlarging it is plain bilinear.
/// </summary>
internal static class TriangleResampler
{
    /// <summary>Resizes the <paramref name="box"/> part of a row-major plane to <paramref name="width"/>×<paramref name="height"/>.</summary>
    public static float[] Resize(float[] source, int stride, PixelBox box, int width, int height)
    {
        var columns = Taps(box.Width, width);
        var rows = Taps(box.Height, height);

        // Horizontal pass first: it shrinks the big dimension early, so the temporary plane is box.Height × width.
        var wide = new float[box.Height * width];
        for (var y = 0; y < box.Height; y++)
        {
            var rowStart = (box.Y + y) * stride + box.X;
            for (var x = 0; x < width; x++)
            {
                var (first, weights) = columns[x];
                var sum = 0f;
                for (var k = 0; k < weights.Length; k++)
                {
                    sum += source[rowStart + first + k] * weights[k];
                }

                wide[y * width + x] = sum;
            }
        }

        var result = new float[width * height];
        for (var y = 0; y < height; y++)
        {
            var (first, weights) = rows[y];
            for (var x = 0; x < width; x++)
            {
                var sum = 0f;
                for (var k = 0; k < weights.Length; k++)
                {
                    sum += wide[(first + k) * width + x] * weights[k];
                }

                result[y * width + x] = sum;
            }
        }

        return result;
    }

    /// <summary>For each output index: the first source index it reads and the normalised weights from there.</summary>
    private static (int First, float[] Weights)[] Taps(int sourceSize, int targetSize)
    {
        var scale = (double)sourceSize / targetSize;
        var filterScale = Math.Max(scale, 1.0);
        var support = filterScale; // the triangle's radius is 1 output pixel, i.e. filterScale source pixels
        var taps = new (int, float[])[targetSize];
        for (var i = 0; i < targetSize; i++)
        {
            var centre = (i + 0.5) * scale;
            var first = Math.Max((int)Math.Floor(centre - support + 0.5), 0);
            var last = Math.Min((int)Math.Floor(centre + support + 0.5), sourceSize);
            var weights = new float[last - first];
            var total = 0.0;
            for (var k = 0; k < weights.Length; k++)
            {
                var w = Math.Max(0.0, 1.0 - Math.Abs((first + k + 0.5 - centre) / filterScale));
                weights[k] = (float)w;
                total += w;
            }

            // total > 0: the source pixel nearest the centre is at most half a pixel away, so it always has weight.
            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] = (float)(weights[k] / total);
            }

            taps[i] = (first, weights);
        }

        return taps;
    }
}
