using System.Globalization;
using FashionLab.Reporting;
using FashionLab.Training;

namespace FashionLab.Tests.Reporting;

public sealed class MetricsCsvTests : TempDirectoryTest
{
    [Fact]
    public void Round_trip_returns_exactly_the_written_metrics()
    {
        // Given values that only survive at full precision, a null and a present validation, and a diverged NaN
        IReadOnlyList<EpochMetrics> epochs =
        [
            new(1, 0.1 + 0.2, 1.0 / 3, 2.302585092994046, 0.1, null, null, 1e-3, 12.345678901234567, 4861.2),
            new(2, double.NaN, 0.1, double.PositiveInfinity, 0.1, 0.7071067811865476, 0.85, 1e-4, 1e-300, 0),
        ];
        var path = Temp.File(MetricsCsv.FileName);

        // When
        MetricsCsv.Write(path, epochs);
        var read = MetricsCsv.Read(path);

        // Then
        Assert.Equal(epochs, read);
        Assert.Empty(Temp.LeftoverTempFiles());
    }

    [Fact]
    public void Header_line_is_exactly_the_specified_columns()
    {
        var path = Temp.File(MetricsCsv.FileName);

        MetricsCsv.Write(path, [SampleRuns.Epoch(1, 0.5)]);

        Assert.Equal(
            "epoch,train_loss,train_accuracy,test_loss,test_accuracy,validation_loss,validation_accuracy,learning_rate,seconds,images_per_second",
            File.ReadLines(path).First());
    }

    [Fact]
    public void Values_are_written_in_the_invariant_culture_and_null_as_an_empty_field()
    {
        var path = Temp.File(MetricsCsv.FileName);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            MetricsCsv.Write(path, [new EpochMetrics(3, 0.25, 0.5, 1.5, 0.75, null, null, 0.001, 2.5, 1000)]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal("3,0.25,0.5,1.5,0.75,,,0.001,2.5,1000", File.ReadLines(path).Skip(1).Single());
    }

    [Fact]
    public void Rewriting_replaces_the_file_whole()
    {
        var path = Temp.File(MetricsCsv.FileName);
        MetricsCsv.Write(path, [SampleRuns.Epoch(1, 0.5), SampleRuns.Epoch(2, 0.6)]);

        MetricsCsv.Write(path, [SampleRuns.Epoch(1, 0.7)]);

        Assert.Equal(new[] { SampleRuns.Epoch(1, 0.7) }, MetricsCsv.Read(path));
        Assert.Equal(new[] { MetricsCsv.FileName }, Directory.GetFiles(Temp.Path).Select(Path.GetFileName));
    }
}
