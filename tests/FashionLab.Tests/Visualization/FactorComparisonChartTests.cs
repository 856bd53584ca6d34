using FashionLab.Experiments;
using FashionLab.Visualization;
using ScottPlot;
using ScottPlot.Plottables;

namespace FashionLab.Tests.Visualization;

public sealed class FactorComparisonChartTests : TempDirectoryTest
{
    [Fact]
    public void Levels_average_over_seeds_and_other_factors_counting_diverged_runs_at_their_last_accuracy()
    {
        // Given runs at activation relu: 0.1, 0.1 (zero init), 0.9, 0.9; tanh: 0.1, 0.1, 0.86, 0.1 (diverged)
        var levels = FactorLevel.Group("activation", SampleRuns.Grid());

        Assert.Equal(["relu", "tanh"], levels.Select(l => l.Level));
        Assert.Equal(0.5, levels[0].Mean, 12);
        Assert.Equal(Math.Sqrt(4 * 0.16 / 3), levels[0].StandardDeviation, 12);
        Assert.Equal((0.1 + 0.1 + 0.86 + 0.1) / 4, levels[1].Mean, 12);
        Assert.Equal(4, levels[1].Measured.Count);
    }

    [Fact]
    public void Failed_runs_and_runs_without_the_factor_are_not_counted()
    {
        IReadOnlyList<RunSummary> runs =
        [
            SampleRuns.Run(1, RunStatus.Complete, SampleRuns.Parameters(("lr", "0.1")), 0.8),
            SampleRuns.Run(2, RunStatus.Failed, SampleRuns.Parameters(("lr", "0.1")), 0.3),
            SampleRuns.Run(3, RunStatus.Complete, SampleRuns.Parameters(("init", "zero")), 0.1),
        ];

        var level = FactorLevel.Group("lr", runs).Single();

        Assert.Equal(2, level.Runs.Count);
        Assert.Equal(0.8, level.Mean);
        Assert.Equal(0, level.StandardDeviation);
    }

    [Fact]
    public void Chart_shows_levels_in_the_given_order_with_mean_and_sd_in_percent()
    {
        var levels = FactorLevel.Group("init", SampleRuns.Grid(), ["he_uniform", "zero"]);

        using var plot = FactorComparisonChart.Build("init", levels);

        Assert.Equal("Test accuracy by init (mean ± sd over 4 runs per level)", plot.Axes.Title.Label.Text);
        Assert.Equal("Final test accuracy (%)", plot.Axes.Left.Label.Text);
        Assert.Equal("init", plot.Axes.Bottom.Label.Text);
        var bars = plot.GetPlottables<BarPlot>().Single().Bars;
        Assert.Equal([0.0, 1.0], bars.Select(b => b.Position));
        Assert.Equal(100 * levels[0].Mean, bars[0].Value, 9);
        Assert.Equal(100 * levels[0].StandardDeviation, bars[0].Error, 9);
        Assert.Equal(10, bars[1].Value, 9);
        var diverged = plot.GetPlottables<Markers>().Single(m => m.LegendText.StartsWith("Diverged", StringComparison.Ordinal));
        Assert.Equal(10, diverged.Data.GetScatterPoints().Single().Y, 9);
        Assert.Equal(7, plot.GetPlottables<Markers>().Single(m => m.LegendText == "Run").Data.GetScatterPoints().Count);
    }

    [Fact]
    public void A_level_whose_runs_all_failed_is_shown_empty()
    {
        IReadOnlyList<RunSummary> runs =
        [
            SampleRuns.Run(1, RunStatus.Complete, SampleRuns.Parameters(("lr", "0.1")), 0.8),
            SampleRuns.Run(2, RunStatus.Failed, SampleRuns.Parameters(("lr", "10"))),
        ];
        var path = Temp.File("lr.png");

        FactorComparisonChart.Write(path, "lr", runs);

        PngAssert.IsPng(path, 900, 600);
        using var plot = FactorComparisonChart.Build("lr", FactorLevel.Group("lr", runs));
        Assert.Equal("Test accuracy by lr (mean ± sd over 0–1 runs per level)", plot.Axes.Title.Label.Text);
        Assert.Equal([0.0], plot.GetPlottables<BarPlot>().Single().Bars.Select(b => b.Position));
    }

    [Fact]
    public void Writes_a_png()
    {
        var path = Temp.File("activation.png");

        FactorComparisonChart.Write(path, "activation", SampleRuns.Grid(), ["relu", "tanh"]);

        PngAssert.IsPng(path, 900, 600);
        Assert.Empty(Temp.LeftoverTempFiles());
    }
}
