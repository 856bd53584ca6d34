namespace FashionLab.Training;

/// <summary>How to train: epochs, batch size, optimizer, and the seed that makes a CPU run reproducible.</summary>
public sealed record TrainingOptions(int Epochs = 10, int BatchSize = 128, OptimizerSpec? Optimizer = null, int Seed = 1)
{
    public OptimizerSpec OptimizerOrDefault => Optimizer ?? new OptimizerSpec();
}
