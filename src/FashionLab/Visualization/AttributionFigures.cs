using System.Globalization;
using System.Text;
using FashionLab.Attribution;
using FashionLab.Reporting;
using ScottPlot;
using SkiaSharp;

namespace FashionLab.Visualization;

/// <summary>One cell of a figure grid: a grayscale image, a heatmap, or (both given) the heatmap over the image. Values are 784 floats in [0, 1].</summary>
public sealed record FigureCell(float[]? Image, float[]? Heat);

/// <summary>
/// Attribution pictures: heatmaps (Inferno colormap, nearest-neighbour upscaling so the 28×28 pixels stay visible),
/// overlays, grids of cells with titles and a colour bar, raw maps as CSV, and the sanity and deletion charts.
/// Every file is written through <see cref="AtomicFile"/>.
/// </summary>
public static class AttributionFigures
{
    private const int Pixels = AttributionMethod.ImageSize;
    private const int Margin = 12, ColorBarWidth = 16, ColorBarSpace = 96;
    private static readonly IColormap Colormap = new ScottPlot.Colormaps.Inferno();
    private static readonly SKTypeface Typeface = SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;

    /// <summary>A heatmap of display values (see <see cref="DisplayNormalization"/>) with its title and colour bar.</summary>
    public static void SaveHeatmap(string path, string title, float[] display, int size = 280) =>
        SaveGrid(path, title, [], [], [[new FigureCell(null, display)]], size);

    /// <summary>The image in grayscale with the heatmap blended over it (opacity grows with the value).</summary>
    public static void SaveOverlay(string path, string title, float[] image, float[] display, int size = 280) =>
        SaveGrid(path, title, [], [], [[new FigureCell(image, display)]], size);

    /// <summary>
    /// A grid of cells with a figure title, an optional label per row, a title per column and a colour bar for the
    /// heatmaps' normalised attribution.
    /// </summary>
    public static void SaveGrid(string path, string title, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnTitles,
        IReadOnlyList<IReadOnlyList<FigureCell>> rows, int cellSize = 168)
    {
        using var titleFont = new SKFont(Typeface, 16);
        using var labelFont = new SKFont(Typeface, 13);
        string[] titleLines = title.Split('\n');
        int columns = rows.Max(r => r.Count);
        int labelWidth = rowLabels.Count == 0 ? 0 : (int)rowLabels.Max(l => labelFont.MeasureText(l)) + Margin;
        int columnTitleHeight = 2 * 18;
        int top = Margin + titleLines.Length * 22 + columnTitleHeight;
        int width = Margin + labelWidth + columns * (cellSize + Margin) + ColorBarSpace;
        int height = top + rows.Count * (cellSize + Margin) + Margin;

        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        for (int i = 0; i < titleLines.Length; i++)
            canvas.DrawText(titleLines[i], width / 2f, Margin + 16 + 22 * i, SKTextAlign.Center, titleFont, ink);

        for (int r = 0; r < rows.Count; r++)
        {
            float y = top + r * (cellSize + Margin);
            if (r < rowLabels.Count) canvas.DrawText(rowLabels[r], Margin, y + cellSize / 2f, SKTextAlign.Left, labelFont, ink);
            for (int c = 0; c < rows[r].Count; c++)
            {
                float x = Margin + labelWidth + c * (cellSize + Margin);
                if (r == 0 && c < columnTitles.Count) DrawWrapped(canvas, columnTitles[c], x + cellSize / 2f, top - columnTitleHeight + 13, labelFont, ink);
                using var bitmap = Render(rows[r][c]);
                using var image = SKImage.FromBitmap(bitmap);
                canvas.DrawImage(image, new SKRect(x, y, x + cellSize, y + cellSize), new SKSamplingOptions(SKFilterMode.Nearest));
            }
        }
        DrawColorBar(canvas, width - ColorBarSpace + Margin, top, rows.Count * (cellSize + Margin) - Margin, labelFont, ink);

        using var snapshot = surface.Snapshot();
        using var png = snapshot.Encode(SKEncodedImageFormat.Png, 100);
        AtomicFile.Write(path, stream => png.SaveTo(stream));
    }

    /// <summary>The raw map as 28 lines of 28 comma-separated values (invariant culture, round-trip precision).</summary>
    public static void SaveCsv(string path, float[] map)
    {
        var text = new StringBuilder();
        for (int row = 0; row < Pixels; row++)
            text.AppendLine(string.Join(',', map.Skip(row * Pixels).Take(Pixels).Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        AtomicFile.WriteAllText(path, text.ToString());
    }

    /// <summary>Rank correlation with the original maps against layers randomised, one line per method; flagged methods say so in the legend.</summary>
    public static void SaveSanityChart(string path, SanityCheckResult result)
    {
        var plot = new Plot();
        foreach (var method in result.Rows.Select(r => r.Method).Distinct())
        {
            var rows = result.Rows.Where(r => r.Method == method).ToList();
            var line = plot.Add.Scatter(rows.Select(r => (double)r.LayersRandomized).ToArray(), rows.Select(r => r.MeanRankCorrelation).ToArray());
            line.LegendText = result.Flagged.Contains(method) ? $"{method}  (FLAGGED: map survives randomisation)" : method;
            line.LineWidth = result.Flagged.Contains(method) ? 3 : 1.5f;
        }
        var threshold = plot.Add.HorizontalLine(result.Threshold);
        threshold.LinePattern = LinePattern.Dashed;
        threshold.LegendText = $"flag threshold {result.Threshold}";
        var lowest = result.Rows.GroupBy(r => r.LayersRandomized).OrderBy(g => g.Key).ToList();
        plot.Axes.Bottom.SetTicks([.. lowest.Select(g => (double)g.Key)], [.. lowest.Select(g => $"{g.Key}\n(down to {g.First().LowestRandomized})")]);
        plot.Axes.SetLimitsY(-0.2, 1.05);
        plot.Title("Sanity check: cascading randomisation (Adebayo et al. 2018)");
        plot.XLabel("layers randomised, from the top");
        plot.YLabel("mean Spearman rank correlation");
        plot.ShowLegend(Edge.Right);
        SavePlot(plot, path, 1000, 520);
    }

    /// <summary>Target probability against the fraction of most-attributed pixels removed, one line per method, AUC in the legend.</summary>
    public static void SaveDeletionChart(string path, string title, IReadOnlyList<DeletionCurve> curves)
    {
        var plot = new Plot();
        foreach (var curve in curves.OrderBy(c => c.Auc))
            plot.Add.Scatter(curve.Fractions.ToArray(), curve.Probabilities.ToArray()).LegendText = $"{curve.Method} (AUC {curve.Auc:F3})";
        plot.Axes.SetLimits(0, 1, 0, 1.02);
        plot.Title(title);
        plot.XLabel("fraction of most-attributed pixels set to 0");
        plot.YLabel("target class probability");
        plot.ShowLegend(Edge.Right);
        SavePlot(plot, path, 900, 480);
    }

    private static void SavePlot(Plot plot, string path, int width, int height)
    {
        plot.Font.Set(Typeface.FamilyName);
        byte[] png = plot.GetImageBytes(width, height, ImageFormat.Png);
        AtomicFile.WriteAllBytes(path, png);
    }

    private static SKBitmap Render(FigureCell cell)
    {
        var bitmap = new SKBitmap(Pixels, Pixels);
        for (int i = 0; i < Pixels * Pixels; i++)
        {
            byte gray = (byte)Math.Round(255 * Math.Clamp(cell.Image?[i] ?? 0, 0, 1));
            var color = new SKColor(gray, gray, gray);
            if (cell.Heat is { } heat)
            {
                var hot = Colormap.GetColor(Math.Clamp(heat[i], 0, 1));
                // Alone, the heatmap is opaque; over an image its opacity follows the value so the garment shows through.
                double alpha = cell.Image is null ? 1 : 0.25 + 0.65 * Math.Clamp(heat[i], 0, 1);
                color = new SKColor(Blend(color.Red, hot.R, alpha), Blend(color.Green, hot.G, alpha), Blend(color.Blue, hot.B, alpha));
            }
            bitmap.SetPixel(i % Pixels, i / Pixels, color);
        }
        return bitmap;
    }

    private static byte Blend(byte under, byte over, double alpha) => (byte)Math.Round(under * (1 - alpha) + over * alpha);

    private static void DrawWrapped(SKCanvas canvas, string text, float centerX, float y, SKFont font, SKPaint ink)
    {
        foreach (var (line, i) in text.Split('\n').Select((l, i) => (l, i)))
            canvas.DrawText(line, centerX, y + i * 17, SKTextAlign.Center, font, ink);
    }

    private static void DrawColorBar(SKCanvas canvas, float x, float y, float height, SKFont font, SKPaint ink)
    {
        for (int i = 0; i < (int)height; i++)
        {
            var color = Colormap.GetColor(1 - i / (height - 1));
            using var paint = new SKPaint { Color = new SKColor(color.R, color.G, color.B) };
            canvas.DrawRect(x, y + i, ColorBarWidth, 1, paint);
        }
        foreach (var value in new[] { 0.0, 0.5, 1.0 })
            canvas.DrawText(value.ToString("0.0", CultureInfo.InvariantCulture), x + ColorBarWidth + 4, y + (float)(1 - value) * height + 4, SKTextAlign.Left, font, ink);
        canvas.Save();
        float labelX = x + ColorBarWidth + 50;
        canvas.RotateDegrees(90, labelX, y + height / 2);
        canvas.DrawText("attribution (normalised)", labelX, y + height / 2, SKTextAlign.Center, font, ink);
        canvas.Restore();
    }
}
