namespace FashionLab.Experiments;

/// <summary>A grid factor: a parameter key and the levels it takes, as written in the config.</summary>
public sealed record GridFactor(string Key, IReadOnlyList<string> Levels);

/// <summary>An experiment as read from YAML: base settings, the grid to sweep, and the seeds to repeat each cell with.</summary>
public sealed record ExperimentConfig(
    string Name,
    string? Description,
    RunSettings Base,
    IReadOnlyList<GridFactor> Grid,
    IReadOnlyList<int> Seeds,
    string SourcePath);
