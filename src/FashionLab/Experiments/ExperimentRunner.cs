using FashionLab.Data;
using FashionLab.Models;
using FashionLab.Reporting;
using FashionLab.Training;
using FashionLab.Visualization;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Experiments;

/// <summary>Options of one grid execution.</summary>
/// <param name="ResultsRoot">Folder under which results/&lt;experiment&gt;/ is created.</param>
/// <param name="Force">Redo runs that already finished.</param>
public sealed record ExperimentRunOptions(string ResultsRoot, Device Device, bool Force = false);

/// <summary>
/// Runs the runs of a grid in order, in this process (the "launcher"; <see cref="GridSweeper"/> decides what to run).
/// The dataset is loaded once. Finished runs are skipped unless forced; a run that diverges or fails is recorded
/// and the grid goes on. After the last run the experiment's summary and comparison charts are rewritten.
/// </summary>
public sealed class ExperimentRunner(IExperimentObserver observer, IReadOnlyList<IRunArtifactWriter>? artifactWriters = null)
{
    public string ExperimentDirectory(ExperimentConfig config, ExperimentRunOptions options) =>
        Path.Combine(options.ResultsRoot, config.Name);

    public IReadOnlyList<RunSummary> Run(ExperimentConfig config, FashionMnist data, ExperimentRunOptions options,
        CancellationToken cancel = default)
    {
        var runs = GridSweeper.Expand(config);
        var experimentDirectory = ExperimentDirectory(config, options);
        var summaries = new List<RunSummary>();
        try
        {
            foreach (var run in runs)
            {
                cancel.ThrowIfCancellationRequested();
                var directory = new RunDirectory(Path.Combine(experimentDirectory, "runs", run.Id));
                var finished = options.Force ? null : directory.ReadSummary(run, data.Fingerprint);
                if (finished is not null)
                {
                    observer.RunSkipped(run, run.Number, runs.Count);
                    summaries.Add(finished);
                    continue;
                }
                observer.RunStarting(run, run.Number, runs.Count);
                var summary = Execute(run, data, directory, options.Device, cancel);
                summaries.Add(summary);
                observer.RunFinished(summary);
            }
        }
        finally
        {
            // Also when interrupted: the summary then lists the runs of this config that finished.
            if (summaries.Count > 0) ExperimentReport.Write(experimentDirectory, config, summaries);
        }
        return summaries;
    }

    private RunSummary Execute(RunSpec run, FashionMnist data, RunDirectory directory, Device device, CancellationToken cancel)
    {
        var start = DateTimeOffset.Now;
        directory.Reset();
        AtomicFile.WriteAllText(directory.ConfigFile, $"# run {run.Id}\n" + ConfigParameters.ToYaml(run.Settings));
        var epochs = new List<EpochMetrics>();
        RunSummary Summary(RunStatus status, string? message) =>
            new(run.Number, run.Id, status, run.Parameters, run.Settings.Seed, epochs, start, DateTimeOffset.Now, message);

        RunSummary summary;
        try
        {
            manual_seed(run.Settings.Seed);
            using var model = ModelPresets.Create(run.Settings.Model);
            if (device.type == DeviceType.CPU) model.UseChannelsLast();
            var trainer = new Trainer(device, new Progress(observer))
            {
                EpochCompleted = metrics =>
                {
                    epochs.Add(metrics);
                    MetricsCsv.Write(directory.MetricsFile, epochs);
                    observer.EpochCompleted(run, metrics);
                },
            };
            var result = trainer.Train(model, data, run.Settings.Training, cancel);
            WriteRunOutputs(model, data, directory, run, result);
            summary = result.Diverged ? Summary(RunStatus.Diverged, result.DivergenceMessage) : Summary(RunStatus.Complete, null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not FashionLabException)
        {
            // An unexpected failure of one run (e.g. out of memory) is recorded; the grid goes on.
            summary = Summary(RunStatus.Failed, e.Message.Split('\n')[0]);
        }
        directory.WriteRecord(summary, data.Fingerprint);
        return summary;
    }

    private void WriteRunOutputs(ClassifierNet model, FashionMnist data, RunDirectory directory, RunSpec run, TrainingResult result)
    {
        if (result.LastTestEvaluation is not { } evaluation) return; // diverged in its first epoch: nothing to chart
        var title = $"run {run.Number} ({run.KeyedLabel})\n{run.Settings.Model}, {run.Settings.Optimizer}";
        TrainingCurvesChart.WriteLoss(directory.LossChart, title, result.Epochs);
        TrainingCurvesChart.WriteAccuracy(directory.AccuracyChart, title, result.Epochs);
        ConfusionCsv.Write(directory.ConfusionFile, evaluation.ConfusionMatrix(FashionMnistClasses.Count), FashionMnistClasses.Names);
        model.UseChannelsLast(false);
        AtomicFile.Write(directory.WeightsFile, stream => model.save(new BinaryWriter(stream)));
        foreach (var writer in artifactWriters ?? []) writer.Write(model, data, directory, run);
    }

    /// <summary>Forwards trainer progress synchronously (System.Progress would post to the thread pool).</summary>
    private sealed class Progress(IExperimentObserver observer) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => observer.Progress(value);
    }
}
