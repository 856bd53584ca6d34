namespace FashionLab.Training;

/// <summary>What a training run produced: per-epoch metrics and, if the loss stopped being finite, where.</summary>
public sealed record TrainingResult(IReadOnlyList<EpochMetrics> Epochs, bool Diverged, string? DivergenceMessage);
