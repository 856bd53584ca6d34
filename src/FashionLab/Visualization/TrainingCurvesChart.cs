using FashionLab.Training;
using ScottPlot;

namespace FashionLab.Visualization;

/// <summary>
/// One run's learning curves: <c>loss.png</c> and <c>accuracy.png</c>, train vs test (vs validation when the run
/// had a validation split) per epoch.
/// </summary>
public static class TrainingCurvesChart
{
    public const string LossFileName = "loss.png";
    public const string AccuracyFileName = "accuracy.png";

    /// <summary>Writes <see cref="LossFileName"/> and <see cref="AccuracyFileName"/> into <paramref name="directory"/>.</summary>
    public static void Write(string directory, string title, IReadOnlyList<EpochMetrics> epochs)
    {
        WriteLoss(Path.Combine(directory, LossFileName), title, epochs);
        WriteAccuracy(Path.Combine(directory, AccuracyFileName), title, epochs);
    }

    public static void WriteLoss(string path, string title, IReadOnlyList<EpochMetrics> epochs) =>
        ChartFile.SavePng(BuildLoss(title, epochs), path);

    public static void WriteAccuracy(string path, string title, IReadOnlyList<EpochMetrics> epochs) =>
        ChartFile.SavePng(BuildAccuracy(title, epochs), path);

    internal static Plot BuildLoss(string title, IReadOnlyList<EpochMetrics> epochs) =>
        Build(
            $"Loss: {title}", "Cross-entropy loss (nats per image)", epochs,
            [("Train", e => e.TrainLoss), ("Test", e => e.TestLoss), ("Validation", e => e.ValidationLoss)]);

    internal static Plot BuildAccuracy(string title, IReadOnlyList<EpochMetrics> epochs) =>
        Build(
            $"Accuracy: {title}", "Accuracy (%)", epochs,
            [
                ("Train", e => ChartStyle.Percent(e.TrainAccuracy)),
                ("Test", e => ChartStyle.Percent(e.TestAccuracy)),
                ("Validation", e => e.ValidationAccuracy is { } v ? ChartStyle.Percent(v) : null),
            ]);

    private static Plot Build(
        string title, string yLabel, IReadOnlyList<EpochMetrics> epochs,
        IReadOnlyList<(string Name, Func<EpochMetrics, double?> Value)> series)
    {
        var plot = ChartStyle.Create(title, "Epoch", yLabel);
        ChartStyle.UseIntegerTicks(plot.Axes.Bottom);
        var leftOut = new SortedSet<int>();
        foreach (var (name, value) in series)
        {
            var values = epochs.Select(e => (e.Epoch, Value: value(e))).Where(p => p.Value is not null).ToList();
            if (values.Count == 0) continue;
            // A diverged run has NaN or infinite values: they are left out (and said so) to keep the rest on scale.
            leftOut.UnionWith(values.Where(p => !double.IsFinite(p.Value!.Value)).Select(p => p.Epoch));
            Coordinates[] points = [.. values.Where(p => double.IsFinite(p.Value!.Value)).Select(p => new Coordinates(p.Epoch, p.Value!.Value))];
            var line = plot.Add.Scatter(points);
            line.LegendText = name;
            line.LineWidth = 2;
            line.MarkerSize = 6;
        }
        if (leftOut.Count > 0)
        {
            plot.Add.Annotation($"Not finite, left out: {Epochs(leftOut)}", Alignment.UpperCenter);
        }
        if (epochs.Count > 0)
        {
            // The full epoch range even where values are missing, so a run that diverged visibly stops early.
            plot.Axes.SetLimitsX(epochs.Min(e => e.Epoch) - 0.3, epochs.Max(e => e.Epoch) + 0.3);
        }
        // Beside the data: where curves go (a diverged run drops to chance) is not known in advance.
        plot.ShowLegend(Edge.Right);
        return plot;
    }

    /// <summary>"epochs 6–10" for a contiguous set, else "epochs 3, 5, 9".</summary>
    private static string Epochs(SortedSet<int> epochs) =>
        epochs.Count == 1 ? $"epoch {epochs.Min}"
        : epochs.Max - epochs.Min + 1 == epochs.Count ? $"epochs {epochs.Min}–{epochs.Max}"
        : $"epochs {string.Join(", ", epochs)}";
}
