using FashionLab.Experiments;
using FashionLab.Visualization;
using ScottPlot.Plottables;

namespace FashionLab.Tests.Visualization;

public sealed class TestAccuracyOverlayChartTests : TempDirectoryTest
{
    [Fact]
    public void Each_run_is_one_line_labelled_with_its_parameter_values_and_seed()
    {
        var runs = SampleRuns.Grid();

        using var plot = TestAccuracyOverlayChart.Build(runs, "All runs");

        var lines = plot.GetPlottables<Scatter>().ToList();
        Assert.Equal(runs.Count, lines.Count);
        Assert.Equal("zero, relu, s1", lines[0].LegendText);
        Assert.Equal("he_uniform, tanh, s2 (diverged)", lines[7].LegendText);
        Assert.Equal(
            ["init, activation, seed", .. lines.Select(l => l.LegendText)],
            plot.Legend.ManualItems.Select(i => i.LabelText));
    }

    [Theory]
    [InlineData(8, 900)]
    [InlineData(16, 1100)]
    public void Many_runs_get_a_wider_chart_for_the_legend(int count, int width)
    {
        var grid = SampleRuns.Grid();
        var runs = Enumerable.Range(0, count).Select(i => grid[i % grid.Count] with { Number = i + 1 }).ToList();
        var path = Temp.File("overlay.png");

        TestAccuracyOverlayChart.Write(path, runs);

        PngAssert.IsPng(path, width, 600);
        Assert.Empty(Temp.LeftoverTempFiles());
    }

    [Fact]
    public void A_run_that_failed_before_its_first_epoch_gets_no_line()
    {
        IReadOnlyList<RunSummary> runs =
        [
            SampleRuns.Run(1, RunStatus.Complete, SampleRuns.Parameters(("lr", "0.1")), 0.5, 0.6),
            SampleRuns.Run(2, RunStatus.Failed, SampleRuns.Parameters(("lr", "1"))),
        ];
        var path = Temp.File("overlay.png");

        TestAccuracyOverlayChart.Write(path, runs);

        PngAssert.IsPng(path, 900, 600);
        using var plot = TestAccuracyOverlayChart.Build(runs, "All runs");
        Assert.Equal(["0.1, s1"], plot.GetPlottables<Scatter>().Select(s => s.LegendText));
    }

    [Fact]
    public void Label_of_a_complete_run_has_no_status()
    {
        var run = SampleRuns.Run(1, RunStatus.Complete, SampleRuns.Parameters(("init", "zero"), ("activation", "relu"), ("lr", "0.001")), 0.1);

        Assert.Equal("zero, relu, 0.001, s1", TestAccuracyOverlayChart.Label(run));
    }
}
