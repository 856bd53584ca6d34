using FashionLab.Data;
using static TorchSharp.torch;

namespace FashionLab.Experiments;

/// <summary>
/// The model used when the user names none and no experiment has been run: sheet6 (ReLU, He-uniform, Adam 1e-3,
/// 5 epochs on the full data, about 91 % test accuracy), trained once through the normal experiment runner and
/// cached under data/models/, so explaining works on a fresh machine.
/// </summary>
public static class DefaultModel
{
    public static string CacheRoot => Path.Combine("data", "models");

    public static ExperimentConfig Config { get; } = ExperimentConfigLoader.Parse("""
        experiment: default-sheet6
        description: Default model for attribution when no experiment has been run.
        model: sheet6
        activation: relu
        init: he_uniform
        optimizer: adam
        lr: 0.001
        epochs: 5
        seeds: [1]
        """, "built-in default model");

    /// <summary>The cached run folder, or null if the default model has not been trained yet.</summary>
    public static string? Find(string cacheRoot) => TrainedModel.FindBestRunOfLatestExperiment(cacheRoot) is { } run
        && Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(run))) == Config.Name ? run : null;

    /// <summary>Trains the default model (if not cached) and returns its run folder.</summary>
    public static string EnsureTrained(string cacheRoot, FashionMnist data, Device device, IExperimentObserver observer,
        CancellationToken cancel = default)
    {
        if (Find(cacheRoot) is { } cached) return cached;
        new ExperimentRunner(observer).Run(Config, data, new ExperimentRunOptions(cacheRoot, device), cancel);
        return Find(cacheRoot) ?? throw new FashionLabException($"training the default model into {cacheRoot} did not produce weights");
    }
}
