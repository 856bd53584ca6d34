using FashionLab.Experiments;
using ScottPlot;

namespace FashionLab.Visualization;

/// <summary>
/// Every run's test accuracy per epoch on one chart, one line per run, labelled with its parameter values and seed
/// (e.g. "zero, relu, 0.001, s1"). The legend sits outside the data area, so it never hides a curve.
/// </summary>
public static class TestAccuracyOverlayChart
{
    /// <summary>Above this many runs the legend uses the small font and the chart widens to fit it.</summary>
    private const int LargeLegend = 12;

    public static void Write(string path, IReadOnlyList<RunSummary> runs, string title = "Test accuracy per epoch, all runs") =>
        ChartFile.SavePng(Build(runs, title), path, Width(runs.Count), ChartStyle.Height);

    internal static int Width(int runs) => runs > LargeLegend ? 1100 : ChartStyle.Width;

    /// <summary>The run's parameter values in grid order, then its seed: "zero, relu, 0.001, s1".</summary>
    internal static string Label(RunSummary run)
    {
        var label = string.Join(", ", [.. run.Parameters.Select(p => p.Value), $"s{run.Seed}"]);
        return run.Status == RunStatus.Complete ? label : $"{label} ({run.Status.ToString().ToLowerInvariant()})";
    }

    /// <summary>What the labels list, as a legend heading: "init, activation, lr, seed".</summary>
    internal static string Key(IReadOnlyList<RunSummary> runs) =>
        string.Join(", ", [.. runs.SelectMany(r => r.Parameters.Select(p => p.Key)).Distinct(), "seed"]);

    internal static Plot Build(IReadOnlyList<RunSummary> runs, string title)
    {
        var plot = ChartStyle.Create(title, "Epoch", "Test accuracy (%)");
        ChartStyle.UseIntegerTicks(plot.Axes.Bottom);
        var palette = new ScottPlot.Palettes.Category10();
        var patterns = new[] { LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted };
        for (var i = 0; i < runs.Count; i++)
        {
            var points = runs[i].Epochs
                .Where(e => double.IsFinite(e.TestAccuracy))
                .Select(e => new Coordinates(e.Epoch, ChartStyle.Percent(e.TestAccuracy)))
                .ToArray();
            if (points.Length == 0) continue; // failed before its first epoch: nothing to draw
            var line = plot.Add.Scatter(points, palette.GetColor(i));
            // Ten colours, then the same colours dashed: 16 runs stay tellable apart.
            line.LinePattern = patterns[i / palette.Colors.Length % patterns.Length];
            line.LineWidth = 2;
            line.MarkerSize = 4;
            line.LegendText = Label(runs[i]);
        }
        // The legend is built by hand only to put the key ("init, activation, lr, seed") first.
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = Key(runs) });
        plot.Legend.ManualItems.AddRange(plot.GetPlottables().SelectMany(p => p.LegendItems));
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.FontSize = runs.Count > LargeLegend ? ChartStyle.SmallLegendSize : ChartStyle.LegendSize;
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
