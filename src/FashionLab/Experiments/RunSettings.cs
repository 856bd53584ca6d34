using FashionLab.Data;
using FashionLab.Models;
using FashionLab.Training;

namespace FashionLab.Experiments;

/// <summary>Everything that determines one training run: the fully resolved configuration of a grid cell.</summary>
public sealed record RunSettings(
    ModelSpec Model,
    OptimizerSpec Optimizer,
    int Epochs = 10,
    int BatchSize = 128,
    int Seed = 1,
    DataSplitOptions? Data = null)
{
    public static RunSettings Default { get; } = new(new ModelSpec(), new OptimizerSpec());

    public DataSplitOptions DataOrDefault => Data ?? new DataSplitOptions();

    public TrainingOptions Training => new(Epochs, BatchSize, Optimizer, Seed);
}
