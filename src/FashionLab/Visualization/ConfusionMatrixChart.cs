using System.Globalization;
using ScottPlot;

namespace FashionLab.Visualization;

/// <summary>
/// A confusion matrix as a heatmap: true class down the rows (first class at the top), predicted class across the
/// columns, each cell's count written in it, a colour bar, and the overall accuracy in the title.
/// </summary>
public static class ConfusionMatrixChart
{
    public const string FileName = "confusion.png";
    public const int Width = 900;
    public const int Height = 800;

    private const float CellTextSize = 14;
    private const float XTickRotation = -40;

    /// <param name="counts">counts[t, p]: how many images of true class t were predicted as class p.</param>
    public static void Write(string path, int[,] counts, IReadOnlyList<string> classNames, string title) =>
        ChartFile.SavePng(Build(counts, classNames, title), path, Width, Height);

    /// <summary>The trace over the total: the fraction of images on the diagonal.</summary>
    public static double Accuracy(int[,] counts)
    {
        long correct = 0, total = 0;
        for (var t = 0; t < counts.GetLength(0); t++)
            for (var p = 0; p < counts.GetLength(1); p++)
            {
                total += counts[t, p];
                if (t == p) correct += counts[t, p];
            }
        return total == 0 ? double.NaN : (double)correct / total;
    }

    internal static string FullTitle(int[,] counts, string title) =>
        string.Create(CultureInfo.InvariantCulture, $"{title} (accuracy {100 * Accuracy(counts):F2} %)");

    internal static Plot Build(int[,] counts, IReadOnlyList<string> classNames, string title)
    {
        var n = classNames.Count;
        if (counts.GetLength(0) != n || counts.GetLength(1) != n)
            throw new ArgumentException($"Expected a {n}×{n} matrix for {n} classes, got {counts.GetLength(0)}×{counts.GetLength(1)}.", nameof(counts));

        var plot = ChartStyle.Create(FullTitle(counts, title), "Predicted class", "True class");
        var intensities = new double[n, n];
        for (var t = 0; t < n; t++)
            for (var p = 0; p < n; p++)
                intensities[t, p] = counts[t, p];

        // Cell (t, p) is centred on x = p, y = n − 1 − t: ScottPlot draws row 0 at the top, and the extent
        // spans the centres of the outer cells. Reversed Blues: few images light, many dark.
        var heatmap = plot.Add.Heatmap(intensities);
        heatmap.Colormap = new ScottPlot.Colormaps.Reversed(new ScottPlot.Colormaps.Blues());
        heatmap.Extent = new CoordinateRect(0, n - 1, 0, n - 1);
        var range = new ScottPlot.Range(0, Math.Max(1, intensities.Cast<double>().Max()));
        heatmap.ManualRange = range;
        plot.Add.ColorBar(heatmap).Label = "Images";

        for (var t = 0; t < n; t++)
            for (var p = 0; p < n; p++)
            {
                var text = plot.Add.Text(counts[t, p].ToString(CultureInfo.InvariantCulture), p, n - 1 - t);
                text.Alignment = Alignment.MiddleCenter;
                text.LabelFontSize = CellTextSize;
                text.LabelFontColor = TextColorOn(heatmap.Colormap.GetColor(range.Normalize(counts[t, p], clamp: true)));
            }

        ChartStyle.UseCategoryTicks(plot.Axes.Bottom, classNames);
        ChartStyle.UseCategoryTicks(plot.Axes.Left, [.. classNames.Reverse()]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = XTickRotation;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.TickLabelStyle.OffsetY = 6;
        // ScottPlot sizes the axis for unrotated labels; rotated ones need the room made for them.
        plot.Axes.Bottom.MinimumSize = RotatedLabelsHeight(classNames);
        plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
        plot.HideGrid();
        return plot;
    }

    private static float RotatedLabelsHeight(IReadOnlyList<string> classNames)
    {
        var longest = classNames.Max(name => name.Length);
        // Roughly 0.6 em per character, projected onto the vertical by the rotation, plus the axis label.
        var textWidth = 0.6f * ChartStyle.TickLabelSize * longest;
        return textWidth * MathF.Sin(MathF.Abs(XTickRotation) * MathF.PI / 180) + 2 * ChartStyle.AxisLabelSize + 6;
    }

    /// <summary>Black on light cells, white on dark ones.</summary>
    internal static Color TextColorOn(Color cell) => 0.299 * cell.R + 0.587 * cell.G + 0.114 * cell.B > 140 ? Colors.Black : Colors.White;
}
