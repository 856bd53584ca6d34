namespace FashionLab.Experiments;

/// <summary>One grid cell with one seed: what to run, its position in the grid, and its stable id.</summary>
/// <param name="Parameters">The grid factors' levels for this run, in grid order.</param>
public sealed record RunSpec(int Number, string Id, RunSettings Settings, IReadOnlyList<KeyValuePair<string, string>> Parameters)
{
    /// <summary>Short human label, e.g. "zero, relu, 0.001, seed 1".</summary>
    public string Label => string.Join(", ", Parameters.Select(p => p.Value).Append($"seed {Settings.Seed}"));

    /// <summary>Label with keys, e.g. "init=zero, activation=relu, seed=1".</summary>
    public string KeyedLabel => Describe(Parameters, Settings.Seed);

    public static string Describe(IEnumerable<KeyValuePair<string, string>> parameters, int seed) =>
        string.Join(", ", parameters.Select(p => $"{p.Key}={p.Value}").Append($"seed={seed}"));
}
