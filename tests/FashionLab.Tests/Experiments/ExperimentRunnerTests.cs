using FashionLab.Experiments;
using FashionLab.Reporting;
using FashionLab.Training;
using SixLabors.ImageSharp;
using static TorchSharp.torch;

namespace FashionLab.Tests.Experiments;

public sealed class ExperimentRunnerTests : TempDirectoryTest
{
    private sealed class RecordingObserver(Action<RunSummary>? onFinished = null) : IExperimentObserver
    {
        public List<string> Events { get; } = [];
        public void RunStarting(RunSpec run, int position, int total) => Events.Add($"start {position}/{total}");
        public void RunSkipped(RunSpec run, int position, int total) => Events.Add($"skip {position}/{total}");
        public void Progress(TrainingProgress progress) { }
        public void EpochCompleted(RunSpec run, EpochMetrics metrics) => Events.Add($"epoch {metrics.Epoch}");
        public void RunFinished(RunSummary summary)
        {
            Events.Add($"done {summary.Status}");
            onFinished?.Invoke(summary);
        }
    }

    private static ExperimentConfig Config() => ExperimentConfigLoader.Parse("""
        experiment: tiny
        epochs: 2
        batch_size: 100
        grid:
          activation: [relu, tanh]
        """, "tiny.yaml");

    private IReadOnlyList<RunSummary> Run(RecordingObserver observer, bool force = false) =>
        new ExperimentRunner(observer).Run(Config(), RealData.Full.Subset(1000, 500), new ExperimentRunOptions(Temp.Path, CPU, force));

    [Fact]
    public void A_grid_writes_every_run_file_and_the_experiment_summary_then_a_rerun_skips_finished_runs()
    {
        var first = new RecordingObserver();
        var summaries = Run(first);

        Assert.Equal(["start 1/2", "epoch 1", "epoch 2", "done Complete", "start 2/2", "epoch 1", "epoch 2", "done Complete"], first.Events);
        var experiment = Path.Combine(Temp.Path, "tiny");
        foreach (var summary in summaries)
        {
            var run = new RunDirectory(Path.Combine(experiment, "runs", summary.RunId));
            Assert.True(run.IsComplete);
            Assert.Equal(summary.Epochs, MetricsCsv.Read(run.MetricsFile));
            Assert.Equal(2, summary.Epochs.Count);
            Assert.Contains($"activation: {summary.Parameters[0].Value}\n", File.ReadAllText(run.ConfigFile));
            Assert.True(new FileInfo(run.WeightsFile).Length > 100_000);
            Assert.Equal(500, ConfusionCsv.Read(run.ConfusionFile, 10).Cast<int>().Sum());
            Assert.Equal(new SixLabors.ImageSharp.Size(900, 600), Image.Identify(run.LossChart).Size());
            Assert.Equal(new SixLabors.ImageSharp.Size(900, 600), Image.Identify(run.AccuracyChart).Size());
            Assert.InRange(summary.FinalTestAccuracy, 0.5, 1.0);
        }
        var rows = SummaryCsv.Read(Path.Combine(experiment, "summary.csv"));
        Assert.Equal(["relu", "tanh"], rows.Select(r => r["activation"]));
        Assert.Equal(["complete", "complete"], rows.Select(r => r["status"]));
        foreach (var chart in new[] { "factor_activation.png", "test_accuracy_curves.png", "confusion_best_run.png", "report.md" })
            Assert.True(File.Exists(Path.Combine(experiment, chart)), chart);
        Assert.Empty(Temp.LeftoverTempFiles());

        // Rerun: both finished runs are skipped and read back identically.
        var second = new RecordingObserver();
        var again = Run(second);
        Assert.Equal(["skip 1/2", "skip 2/2"], second.Events);
        Assert.Equal(summaries.Select(s => s.FinalTestAccuracy), again.Select(s => s.FinalTestAccuracy));

        // An unfinished run (no run.json) is redone, the other is kept.
        File.Delete(new RunDirectory(Path.Combine(experiment, "runs", summaries[1].RunId)).RecordFile);
        var third = new RecordingObserver();
        var redone = Run(third);
        Assert.Equal(["skip 1/2", "start 2/2", "epoch 1", "epoch 2", "done Complete"], third.Events);
        // Same seed, same data: the redone run reproduces its losses exactly.
        Assert.Equal(summaries[1].Epochs.Select(e => e.TrainLoss), redone[1].Epochs.Select(e => e.TrainLoss));
    }

    private static ExperimentConfig OneEpoch(string extra = "") =>
        ExperimentConfigLoader.Parse($"experiment: one\nepochs: 1\nbatch_size: 100\n{extra}", "one.yaml");

    [Fact]
    public void An_interrupted_grid_still_writes_the_summary_of_its_finished_runs()
    {
        using var cancel = new CancellationTokenSource();
        var observer = new RecordingObserver(_ => cancel.Cancel());
        var config = OneEpoch("grid:\n  lr: [0.001, 0.002]\n");

        Assert.ThrowsAny<OperationCanceledException>(() => new ExperimentRunner(observer)
            .Run(config, RealData.Full.Subset(500, 200), new ExperimentRunOptions(Temp.Path, CPU), cancel.Token));

        var rows = SummaryCsv.Read(Path.Combine(Temp.Path, "one", "summary.csv"));
        Assert.Equal("0.001", Assert.Single(rows)["lr"]);
    }

    [Fact]
    public void A_finished_run_on_other_data_is_redone()
    {
        var runner = new ExperimentRunner(new RecordingObserver());
        var options = new ExperimentRunOptions(Temp.Path, CPU);
        var first = runner.Run(OneEpoch(), RealData.Full.Subset(500, 200), options).Single();
        var record = new RunDirectory(Path.Combine(Temp.Path, "one", "runs", first.RunId)).RecordFile;
        Assert.Contains($"\"data\": \"{RealData.Full.Fingerprint}\"", File.ReadAllText(record));
        File.WriteAllText(record, File.ReadAllText(record).Replace(RealData.Full.Fingerprint, "0123456789abcdef"));

        var observer = new RecordingObserver();
        new ExperimentRunner(observer).Run(OneEpoch(), RealData.Full.Subset(500, 200), options);
        Assert.Equal(["start 1/1", "epoch 1", "done Complete"], observer.Events);
    }

    [Fact]
    public void A_diverged_run_keeps_its_metrics_row_and_is_not_the_best_run()
    {
        var config = OneEpoch("optimizer: sgd\nlr: 1000000\nactivation: elu\n");
        var summary = new ExperimentRunner(new RecordingObserver())
            .Run(config, RealData.Full.Subset(500, 200), new ExperimentRunOptions(Temp.Path, CPU)).Single();

        Assert.Equal(RunStatus.Diverged, summary.Status);
        var row = Assert.Single(MetricsCsv.Read(new RunDirectory(Path.Combine(Temp.Path, "one", "runs", summary.RunId)).MetricsFile));
        Assert.False(double.IsFinite(row.TrainLoss));
        Assert.Null(ExperimentReport.BestRun([summary]));
    }
}
