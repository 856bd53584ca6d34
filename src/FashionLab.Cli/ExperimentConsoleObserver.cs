using System.Globalization;
using FashionLab.Experiments;
using FashionLab.Training;
using Spectre.Console;

namespace FashionLab.Cli;

/// <summary>Reports a running grid: a live bar per epoch on a terminal, plain log lines otherwise (CI logs).</summary>
public sealed class ExperimentConsoleObserver(IAnsiConsole console) : IExperimentObserver
{
    private ProgressContext? live;
    private ProgressTask? epochTask;
    private int epochTaskEpoch;
    private string runLabel = "";
    private int lastLoggedEpoch;

    /// <summary>Runs <paramref name="work"/> with live progress bars when the console is interactive.</summary>
    public T Attach<T>(Func<T> work)
    {
        if (!console.Profile.Capabilities.Interactive || !console.Profile.Capabilities.Ansi) return work();
        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                live = context;
                try
                {
                    return work();
                }
                finally
                {
                    live = null;
                }
            });
    }

    public void RunStarting(RunSpec run, int position, int total)
    {
        runLabel = $"run {position}/{total}";
        lastLoggedEpoch = 0;
        Line($"[bold]{runLabel}[/] {Markup.Escape(run.Label)} [grey]({Markup.Escape(run.Id)})[/]");
    }

    public void RunSkipped(RunSpec run, int position, int total) =>
        Line($"[grey]run {position}/{total} {Markup.Escape(run.Label)}: finished earlier, skipped (use --force to redo)[/]");

    public void Progress(TrainingProgress progress)
    {
        if (live is null)
        {
            if (progress.Phase == "training" && progress.ImagesDone == progress.ImagesTotal && progress.Epoch != lastLoggedEpoch)
            {
                lastLoggedEpoch = progress.Epoch;
                console.WriteLine($"  {runLabel} epoch {progress.Epoch}/{progress.Epochs}: trained {progress.ImagesTotal} images at {progress.ImagesPerSecond:F0} img/s");
            }
            return;
        }
        var rate = progress.Phase == "training" ? $" {progress.ImagesPerSecond,6:F0} img/s" : "";
        var description = $"{runLabel} epoch {progress.Epoch}/{progress.Epochs} {progress.Phase}{rate}";
        // One bar per epoch: training fills it, evaluation reuses it until the epoch's metrics arrive.
        if (epochTask is null || epochTaskEpoch != progress.Epoch)
        {
            epochTask = live.AddTask(description, maxValue: progress.ImagesTotal);
            epochTaskEpoch = progress.Epoch;
        }
        epochTask.Description = description;
        epochTask.MaxValue = progress.ImagesTotal;
        epochTask.Value = progress.ImagesDone;
    }

    public void EpochCompleted(RunSpec run, EpochMetrics metrics)
    {
        if (epochTask is not null)
        {
            epochTask.Description = $"{runLabel} epoch {metrics.Epoch}: test acc {metrics.TestAccuracy:P2}, train acc {metrics.TrainAccuracy:P2}, {metrics.Seconds:F0} s";
            epochTask.Value = epochTask.MaxValue;
            epochTask.StopTask();
        }
        epochTask = null;
        var validation = metrics.ValidationAccuracy is { } v ? $", validation acc {v.ToString("P2", CultureInfo.InvariantCulture)}" : "";
        if (live is null)
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {runLabel} epoch {metrics.Epoch}: train loss {metrics.TrainLoss:F4} acc {metrics.TrainAccuracy:P2}, test loss {metrics.TestLoss:F4} acc {metrics.TestAccuracy:P2}{validation} ({metrics.Seconds:F1} s)"));
    }

    public void RunFinished(RunSummary summary)
    {
        var colour = summary.Status == RunStatus.Complete ? "green" : "red";
        var accuracy = double.IsNaN(summary.FinalTestAccuracy) ? "–" : summary.FinalTestAccuracy.ToString("P2", CultureInfo.InvariantCulture);
        var message = summary.Message is null ? "" : $": {Markup.Escape(summary.Message)}";
        Line($"[{colour}]{runLabel} {summary.Status.ToString().ToLowerInvariant()}[/]: final test accuracy {accuracy} in {summary.DurationSeconds:F0} s{message}");
    }

    private void Line(string markup)
    {
        if (live is not null) console.MarkupLine(markup);
        else console.WriteLine(Markup.Remove(markup));
    }
}
