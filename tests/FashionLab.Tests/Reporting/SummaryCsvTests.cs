using FashionLab.Experiments;
using FashionLab.Reporting;

namespace FashionLab.Tests.Reporting;

public sealed class SummaryCsvTests : TempDirectoryTest
{
    private static readonly string[] Trailing =
    [
        "seed", "final_test_accuracy", "best_test_accuracy", "best_epoch", "final_validation_accuracy", "final_train_accuracy", "final_train_loss",
        "final_test_loss", "epochs", "start", "end", "duration_s", "message",
    ];

    [Fact]
    public void Parameter_columns_are_the_union_of_the_runs_parameters_in_first_seen_order()
    {
        // Given two runs with different parameter sets
        var first = SampleRuns.Run(1, RunStatus.Complete, SampleRuns.Parameters(("init", "zero"), ("activation", "relu")), 0.5, 0.9, 0.8);
        var second = SampleRuns.Run(2, RunStatus.Diverged, SampleRuns.Parameters(("activation", "tanh"), ("lr", "0.01")), 0.6, 0.1)
            with { Message = "loss is NaN, stopped" };
        var path = Temp.File(SummaryCsv.FileName);

        // When
        SummaryCsv.Write(path, [first, second]);
        var rows = SummaryCsv.Read(path);

        // Then
        Assert.Equal(
            string.Join(",", ["number", "run_id", "status", "init", "activation", "lr", .. Trailing]),
            File.ReadLines(path).First());
        Assert.Equal(2, rows.Count);

        Assert.Equal("1", rows[0]["number"]);
        Assert.Equal("run-001", rows[0]["run_id"]);
        Assert.Equal("complete", rows[0]["status"]);
        Assert.Equal("zero", rows[0]["init"]);
        Assert.Equal("relu", rows[0]["activation"]);
        Assert.Equal("", rows[0]["lr"]);
        Assert.Equal("0.8", rows[0]["final_test_accuracy"]);
        Assert.Equal("0.9", rows[0]["best_test_accuracy"]);
        Assert.Equal("2", rows[0]["best_epoch"]);
        Assert.Equal("3", rows[0]["epochs"]);
        Assert.Equal("2025-01-01T12:00:00.0000000+00:00", rows[0]["start"]);
        Assert.Equal("2025-01-01T12:01:30.0000000+00:00", rows[0]["end"]);
        Assert.Equal("90", rows[0]["duration_s"]);
        Assert.Equal("", rows[0]["message"]);

        Assert.Equal("diverged", rows[1]["status"]);
        Assert.Equal("", rows[1]["init"]);
        Assert.Equal("tanh", rows[1]["activation"]);
        Assert.Equal("0.01", rows[1]["lr"]);
        Assert.Equal("0.1", rows[1]["final_test_accuracy"]);
        Assert.Equal("loss is NaN, stopped", rows[1]["message"]);
        Assert.Empty(Temp.LeftoverTempFiles());
    }

    [Fact]
    public void A_run_that_failed_before_its_first_epoch_has_empty_result_fields()
    {
        var failed = SampleRuns.Run(1, RunStatus.Failed, SampleRuns.Parameters(("init", "zero"))) with { Message = "out of memory" };
        var path = Temp.File(SummaryCsv.FileName);

        SummaryCsv.Write(path, [failed]);
        var row = SummaryCsv.Read(path).Single();

        Assert.Equal("failed", row["status"]);
        Assert.All(
            ["final_test_accuracy", "best_test_accuracy", "best_epoch", "final_validation_accuracy", "final_train_accuracy", "final_train_loss", "final_test_loss"],
            column => Assert.Equal("", row[column]));
        Assert.Equal("0", row["epochs"]);
        Assert.Equal("out of memory", row["message"]);
    }

    [Fact]
    public void A_parameter_named_like_a_fixed_column_gets_a_params_prefix()
    {
        var run = SampleRuns.Run(1, RunStatus.Complete, SampleRuns.Parameters(("seed", "7"), ("status", "x")), 0.5);

        Assert.Equal(["number", "run_id", "status", "params_seed", "params_status", .. Trailing], SummaryCsv.Columns([run]));
    }
}
