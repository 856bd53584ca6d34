using FashionLab.Experiments;
using ScottPlot;

namespace FashionLab.Visualization;

/// <summary>
/// How one grid factor affects the final test accuracy: per level, a bar at the mean over all runs at that level
/// (so averaged over seeds and the other factors) with a ± one standard deviation error bar, and every run as a dot.
/// Diverged runs count with their last test accuracy and are drawn as red crosses, so a mean pulled down by
/// divergence is visibly so.
/// </summary>
public static class FactorComparisonChart
{
    private const double BarWidth = 0.6;
    private const double DotSpread = 0.4;

    /// <param name="levels">The factor's levels in the order to show them; null for first-seen order in <paramref name="runs"/>.</param>
    public static void Write(string path, string factor, IReadOnlyList<RunSummary> runs, IReadOnlyList<string>? levels = null) =>
        ChartFile.SavePng(Build(factor, FactorLevel.Group(factor, runs, levels)), path);

    internal static Plot Build(string factor, IReadOnlyList<FactorLevel> levels)
    {
        var plot = ChartStyle.Create(Title(factor, levels), factor, "Final test accuracy (%)");
        ChartStyle.UseCategoryTicks(plot.Axes.Bottom, [.. levels.Select(l => l.Level)]);

        // A level whose runs all failed has no mean: its slot stays empty, its tick label stays.
        Bar[] means =
        [
            .. levels.Select((level, i) => (Level: level, Position: i))
                .Where(x => x.Level.Measured.Count > 0)
                .Select(x => new Bar
                {
                    Position = x.Position,
                    Value = ChartStyle.Percent(x.Level.Mean),
                    Error = ChartStyle.Percent(x.Level.StandardDeviation),
                    Size = BarWidth,
                    FillColor = Colors.SteelBlue.WithAlpha(0.45),
                    LineColor = Colors.SteelBlue,
                    LineWidth = 2,
                }),
        ];
        var bars = plot.Add.Bars(means);
        bars.LegendText = "Mean ± sd";

        AddRuns(plot, levels, RunStatus.Complete, "Run", Colors.Black, MarkerShape.FilledCircle);
        AddRuns(plot, levels, RunStatus.Diverged, "Diverged run (counted at its last accuracy)", Colors.Red, MarkerShape.Eks);

        // Accuracy has a natural 0–100 % scale, which keeps charts of different factors comparable; it grows only
        // for an error bar that reaches past 100 %.
        var top = levels.Select(l => ChartStyle.Percent(l.Mean + l.StandardDeviation)).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimitsY(0, Math.Max(100, top + 2));
        plot.Axes.SetLimitsX(-0.5, levels.Count - 0.5);
        // Below the chart, in one row: inside it would cover dots near 100 %, beside it would squeeze the bars.
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.TightHorizontalWrapping = true;
        return plot;
    }

    private static string Title(string factor, IReadOnlyList<FactorLevel> levels)
    {
        var counts = levels.Select(l => l.Measured.Count).Distinct().Order().ToList();
        var runs = counts.Count switch
        {
            0 => "no runs",
            1 => counts[0] == 1 ? "1 run" : $"{counts[0]} runs",
            _ => $"{counts[0]}–{counts[^1]} runs",
        };
        return $"Test accuracy by {factor} (mean ± sd over {runs} per level)";
    }

    private static void AddRuns(Plot plot, IReadOnlyList<FactorLevel> levels, RunStatus status, string label, Color color, MarkerShape shape)
    {
        var points = levels
            .SelectMany((level, i) => level.Measured.Select((run, j) => (Run: run, X: i + Offset(j, level.Measured.Count))))
            .Where(p => p.Run.Status == status)
            .Select(p => new Coordinates(p.X, ChartStyle.Percent(p.Run.FinalTestAccuracy)))
            .ToArray();
        if (points.Length == 0) return;
        var markers = plot.Add.Markers(points, shape, size: 9, color: color);
        markers.MarkerLineWidth = 2;
        markers.LegendText = label;
    }

    // Dots spread evenly across the bar (deterministic, unlike random jitter) so runs with equal accuracy stay apart.
    private static double Offset(int index, int count) =>
        count == 1 ? 0 : -DotSpread / 2 + DotSpread * index / (count - 1);
}
