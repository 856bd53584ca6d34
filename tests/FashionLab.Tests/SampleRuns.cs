using FashionLab.Experiments;
using FashionLab.Training;

namespace FashionLab.Tests;

/// <summary>Hand-built runs and epochs for the reporting and chart tests.</summary>
internal static class SampleRuns
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static EpochMetrics Epoch(int epoch, double testAccuracy, double? validationAccuracy = null) =>
        new(epoch, 1.0 / epoch, testAccuracy + 0.02, 1.1 / epoch, testAccuracy,
            validationAccuracy is null ? null : 1.05 / epoch, validationAccuracy, 0.001, 12.5, 4800);

    /// <summary>A run whose test accuracy is <paramref name="accuracies"/>, one value per epoch.</summary>
    public static RunSummary Run(
        int number, RunStatus status, IReadOnlyList<KeyValuePair<string, string>> parameters, params double[] accuracies) =>
        new(number, $"run-{number:000}", status, parameters, Seed: 1,
            [.. accuracies.Select((a, i) => Epoch(i + 1, a))], Start, Start.AddSeconds(90));

    public static IReadOnlyList<KeyValuePair<string, string>> Parameters(params (string Name, string Value)[] parameters) =>
        [.. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))];

    /// <summary>
    /// A 2 × 2 grid (init × activation) with two seeds: zero init stays at chance (0.1), he_uniform learns;
    /// one he_uniform/tanh run diverges, ending at chance.
    /// </summary>
    public static IReadOnlyList<RunSummary> Grid()
    {
        var runs = new List<RunSummary>();
        foreach (var init in new[] { "zero", "he_uniform" })
            foreach (var activation in new[] { "relu", "tanh" })
                foreach (var seed in new[] { 1, 2 })
                {
                    var diverged = init == "he_uniform" && activation == "tanh" && seed == 2;
                    double[] accuracies = init == "zero" ? [0.1, 0.1, 0.1]
                        : diverged ? [0.7, 0.8, 0.1]
                        : [0.7, 0.8, activation == "relu" ? 0.9 : 0.85 + 0.01 * seed];
                    var run = Run(runs.Count + 1, diverged ? RunStatus.Diverged : RunStatus.Complete,
                        Parameters(("init", init), ("activation", activation)), accuracies) with { Seed = seed };
                    runs.Add(run);
                }
        return runs;
    }
}
