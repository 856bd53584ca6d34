using System.Globalization;
using System.Text;
using FashionLab.Data;
using FashionLab.Experiments;
using FashionLab.Visualization;

namespace FashionLab.Reporting;

/// <summary>
/// The experiment-level outputs, rewritten after every grid execution from all its runs: summary.csv, report.md
/// (the accuracy table), one comparison chart per grid factor, all test-accuracy curves overlaid, and the
/// confusion matrix of the best run.
/// </summary>
public static class ExperimentReport
{
    public static void Write(string experimentDirectory, ExperimentConfig config, IReadOnlyList<RunSummary> runs)
    {
        Directory.CreateDirectory(experimentDirectory);
        RemoveStaleFactorCharts(experimentDirectory, config);
        SummaryCsv.Write(Path.Combine(experimentDirectory, "summary.csv"), runs);
        AtomicFile.WriteAllText(Path.Combine(experimentDirectory, "report.md"), Markdown(config, runs));
        var withEpochs = runs.Where(r => r.Epochs.Count > 0).ToList();
        if (withEpochs.Count == 0) return;

        foreach (var factor in config.Grid.Where(f => f.Levels.Count > 1))
            FactorComparisonChart.Write(Path.Combine(experimentDirectory, $"factor_{factor.Key}.png"), factor.Key, withEpochs, factor.Levels);
        TestAccuracyOverlayChart.Write(Path.Combine(experimentDirectory, "test_accuracy_curves.png"), withEpochs,
            $"{config.Name}: test accuracy per epoch, all runs");

        var best = BestRun(withEpochs);
        if (best is null) return;
        var confusionFile = Path.Combine(experimentDirectory, "runs", best.RunId, "confusion.csv");
        if (File.Exists(confusionFile))
        {
            var counts = ConfusionCsv.Read(confusionFile, FashionMnistClasses.Count);
            ConfusionMatrixChart.Write(Path.Combine(experimentDirectory, "confusion_best_run.png"), counts, FashionMnistClasses.Names,
                $"Confusion matrix of the best run by {SelectionMetric(best)} accuracy\n{Label(best)}");
        }
    }

    /// <summary>
    /// The complete run with the highest final validation accuracy, or test accuracy when there is no validation
    /// split (choosing on the test set is then the user's explicit choice); null when no run completed.
    /// </summary>
    public static RunSummary? BestRun(IReadOnlyList<RunSummary> runs) =>
        runs.Where(r => r.Status == RunStatus.Complete && r.Epochs.Count > 0)
            .MaxBy(r => r.FinalValidationAccuracy ?? r.FinalTestAccuracy);

    /// <summary>What the best run was chosen on, for labels.</summary>
    public static string SelectionMetric(RunSummary run) => run.FinalValidationAccuracy is null ? "test" : "validation";

    public static string Label(RunSummary run) => RunSpec.Describe(run.Parameters, run.Seed);

    /// <summary>Charts of factors that are no longer in the grid would describe an experiment that no longer exists.</summary>
    private static void RemoveStaleFactorCharts(string experimentDirectory, ExperimentConfig config)
    {
        var current = config.Grid.Where(f => f.Levels.Count > 1).Select(f => $"factor_{f.Key}.png").ToHashSet();
        foreach (var chart in Directory.EnumerateFiles(experimentDirectory, "factor_*.png"))
            if (!current.Contains(Path.GetFileName(chart))) File.Delete(chart);
    }

    private static string Markdown(ExperimentConfig config, IReadOnlyList<RunSummary> runs)
    {
        var keys = config.Grid.Select(g => g.Key).ToList();
        var text = new StringBuilder($"# {config.Name}\n\n");
        if (config.Description is not null) text.Append(config.Description).Append("\n\n");
        bool validation = runs.Any(r => r.FinalValidationAccuracy is not null);
        text.Append("| # | ").Append(string.Concat(keys.Select(k => k + " | ")))
            .Append("seed | status | final test acc | best test acc (epoch) | ").Append(validation ? "final validation acc | " : "")
            .Append("final train acc | minutes |\n");
        text.Append("|---|").Append(string.Concat(keys.Select(_ => "---|"))).Append(validation ? "---|" : "").Append("---|---|---|---|---|---|\n");
        foreach (var run in runs)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {run.Number} | {string.Concat(run.Parameters.Select(p => p.Value + " | "))}{run.Seed} | {run.Status.ToString().ToLowerInvariant()} | " +
                $"{Percent(run.FinalTestAccuracy)} | {Percent(run.BestTestAccuracy)} ({run.BestEpoch}) | ");
            if (validation) text.Append(Percent(run.FinalValidationAccuracy ?? double.NaN)).Append(" | ");
            text.Append(CultureInfo.InvariantCulture, $"{Percent(run.FinalTrainAccuracy)} | {run.DurationSeconds / 60:F1} |\n");
        }
        return text.ToString();
    }

    private static string Percent(double value) =>
        double.IsNaN(value) ? "–" : (value * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";
}
