using FashionLab.Training;
using FashionLab.Visualization;
using ScottPlot;
using ScottPlot.Plottables;

namespace FashionLab.Tests.Visualization;

public sealed class TrainingCurvesChartTests : TempDirectoryTest
{
    [Fact]
    public void Writes_loss_and_accuracy_pngs_into_the_directory()
    {
        var epochs = SampleRuns.Grid()[4].Epochs;

        TrainingCurvesChart.Write(Temp.Path, "he_uniform, relu, s1", epochs);

        PngAssert.IsPng(Temp.File(TrainingCurvesChart.LossFileName), 900, 600);
        PngAssert.IsPng(Temp.File(TrainingCurvesChart.AccuracyFileName), 900, 600);
        Assert.Empty(Temp.LeftoverTempFiles());
    }

    [Fact]
    public void A_run_without_epochs_still_gets_its_charts()
    {
        TrainingCurvesChart.Write(Temp.Path, "failed at start", []);

        PngAssert.IsPng(Temp.File(TrainingCurvesChart.LossFileName), 900, 600);
        PngAssert.IsPng(Temp.File(TrainingCurvesChart.AccuracyFileName), 900, 600);
    }

    [Theory]
    [InlineData(false, new[] { "Train", "Test" })]
    [InlineData(true, new[] { "Train", "Test", "Validation" })]
    public void Validation_is_plotted_only_when_the_run_had_a_validation_split(bool validation, string[] series)
    {
        IReadOnlyList<EpochMetrics> epochs = [SampleRuns.Epoch(1, 0.7, validation ? 0.71 : null), SampleRuns.Epoch(2, 0.8, validation ? 0.79 : null)];

        using var loss = TrainingCurvesChart.BuildLoss("run", epochs);
        using var accuracy = TrainingCurvesChart.BuildAccuracy("run", epochs);

        Assert.Equal(series, loss.GetPlottables<Scatter>().Select(s => s.LegendText));
        Assert.Equal(series, accuracy.GetPlottables<Scatter>().Select(s => s.LegendText));
    }

    [Fact]
    public void Accuracy_is_shown_in_percent_with_labelled_axes()
    {
        using var plot = TrainingCurvesChart.BuildAccuracy("he_uniform, relu, s1", [SampleRuns.Epoch(1, 0.5), SampleRuns.Epoch(2, 0.875)]);

        var test = plot.GetPlottables<Scatter>().Single(s => s.LegendText == "Test");
        Assert.Equal([new Coordinates(1, 50), new Coordinates(2, 87.5)], test.Data.GetScatterPoints());
        Assert.Equal("Accuracy: he_uniform, relu, s1", plot.Axes.Title.Label.Text);
        Assert.Equal("Epoch", plot.Axes.Bottom.Label.Text);
        Assert.Equal("Accuracy (%)", plot.Axes.Left.Label.Text);
    }

    [Fact]
    public void Non_finite_losses_of_a_diverged_run_are_left_out_and_said_so()
    {
        IReadOnlyList<EpochMetrics> epochs =
        [
            SampleRuns.Epoch(1, 0.7),
            SampleRuns.Epoch(2, 0.8),
            SampleRuns.Epoch(3, 0.1) with { TrainLoss = double.NaN, TestLoss = double.NaN },
            SampleRuns.Epoch(4, 0.1) with { TrainLoss = double.NaN, TestLoss = double.PositiveInfinity },
        ];

        using var plot = TrainingCurvesChart.BuildLoss("diverged", epochs);

        Assert.All(plot.GetPlottables<Scatter>(), s => Assert.Equal(2, s.Data.GetScatterPoints().Count));
        Assert.Equal("Not finite, left out: epochs 3–4", plot.GetPlottables<Annotation>().Single().Text);
        Assert.Equal(4.3, plot.Axes.GetLimits().Right, 6);
    }
}
