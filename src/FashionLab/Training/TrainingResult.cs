namespace FashionLab.Training;

/// <summary>
/// What a training run produced: per-epoch metrics, the last epoch's test evaluation (with predictions, for the
/// confusion matrix) and, if the loss stopped being finite, where.
/// </summary>
public sealed record TrainingResult(IReadOnlyList<EpochMetrics> Epochs, Evaluation? LastTestEvaluation, bool Diverged, string? DivergenceMessage);
