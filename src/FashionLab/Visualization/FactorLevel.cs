using FashionLab.Experiments;

namespace FashionLab.Visualization;

/// <summary>
/// The runs at one level of a grid factor and their final test accuracy. Failed runs (crashed, perhaps part-way)
/// and runs without a single epoch are not counted; diverged runs count with their last test accuracy, since
/// diverging is an outcome of the configuration.
/// </summary>
internal sealed record FactorLevel(string Level, IReadOnlyList<RunSummary> Runs)
{
    public IReadOnlyList<RunSummary> Measured { get; } = [.. Runs.Where(r => r.Status != RunStatus.Failed && r.Epochs.Count > 0)];

    public double Mean => Measured.Count == 0 ? double.NaN : Measured.Average(r => r.FinalTestAccuracy);

    /// <summary>Sample standard deviation (n − 1); 0 for a single run.</summary>
    public double StandardDeviation
    {
        get
        {
            if (Measured.Count < 2) return 0;
            var mean = Mean;
            return Math.Sqrt(Measured.Sum(r => Math.Pow(r.FinalTestAccuracy - mean, 2)) / (Measured.Count - 1));
        }
    }

    /// <summary>
    /// Groups <paramref name="runs"/> by their value of <paramref name="factor"/>, in the order of
    /// <paramref name="levels"/> when given, else in first-seen order. Runs without the factor are ignored.
    /// </summary>
    public static IReadOnlyList<FactorLevel> Group(string factor, IReadOnlyList<RunSummary> runs, IReadOnlyList<string>? levels = null)
    {
        var withFactor = runs
            .Select(run => (Run: run, Level: run.Parameters.FirstOrDefault(p => p.Key == factor).Value))
            .Where(x => x.Level is not null)
            .ToList();
        levels ??= [.. withFactor.Select(x => x.Level).Distinct()];
        return [.. levels.Select(level => new FactorLevel(level, [.. withFactor.Where(x => x.Level == level).Select(x => x.Run)]))];
    }
}
