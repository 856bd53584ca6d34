using FashionLab.Training;

namespace FashionLab.Experiments;

/// <summary>One row of an experiment's summary: a finished (or diverged/failed) run.</summary>
/// <param name="Number">1-based position of the run in the grid's deterministic order.</param>
/// <param name="RunId">Stable id derived from the resolved configuration.</param>
/// <param name="Parameters">The grid factors of this run (name → value as written in the config), in grid order.</param>
public sealed record RunSummary(
    int Number,
    string RunId,
    RunStatus Status,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    int Seed,
    IReadOnlyList<EpochMetrics> Epochs,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? Message = null)
{
    public double FinalTestAccuracy => Epochs.Count == 0 ? double.NaN : Epochs[^1].TestAccuracy;
    public double BestTestAccuracy => Epochs.Count == 0 ? double.NaN : Epochs.Max(e => e.TestAccuracy);
    public int BestEpoch => Epochs.Count == 0 ? 0 : Epochs.MaxBy(e => e.TestAccuracy)!.Epoch;
    /// <summary>Null without a validation split: then the best run is chosen on test accuracy.</summary>
    public double? FinalValidationAccuracy => Epochs.Count == 0 ? null : Epochs[^1].ValidationAccuracy;
    public double FinalTrainAccuracy => Epochs.Count == 0 ? double.NaN : Epochs[^1].TrainAccuracy;
    public double FinalTrainLoss => Epochs.Count == 0 ? double.NaN : Epochs[^1].TrainLoss;
    public double FinalTestLoss => Epochs.Count == 0 ? double.NaN : Epochs[^1].TestLoss;
    public double DurationSeconds => (End - Start).TotalSeconds;
}
