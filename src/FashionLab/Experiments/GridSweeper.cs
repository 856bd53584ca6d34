using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace FashionLab.Experiments;

/// <summary>
/// Expands an experiment into runs: the Cartesian product of the grid's levels in file order (first factor slowest),
/// each repeated for every seed (innermost). The run id is a readable slug of the varying values plus a hash of the
/// whole resolved configuration, so a rerun recognises finished runs and any changed setting gives a new id.
/// </summary>
public static partial class GridSweeper
{
    public static IReadOnlyList<RunSpec> Expand(ExperimentConfig config)
    {
        var cells = new List<List<KeyValuePair<string, string>>> { new() };
        foreach (var factor in config.Grid)
        {
            cells = [.. cells.SelectMany(cell => factor.Levels.Select(level =>
                new List<KeyValuePair<string, string>>(cell) { new(factor.Key, level) }))];
        }

        var runs = new List<RunSpec>();
        foreach (var cell in cells)
        {
            var settings = cell.Aggregate(config.Base, (s, p) => ConfigParameters.Find(p.Key)!.Apply(s, p.Value));
            foreach (var seed in config.Seeds)
            {
                var seeded = settings with { Seed = seed };
                runs.Add(new RunSpec(runs.Count + 1, RunId(seeded, cell), seeded, cell));
            }
        }
        return runs;
    }

    public static string RunId(RunSettings settings, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ConfigParameters.ToYaml(settings))))[..8];
        var slug = string.Join("_", parameters.Select(p => $"{p.Key}-{p.Value}").Append($"seed-{settings.Seed}"));
        return $"{Unsafe().Replace(slug, "")}_{hash}";
    }

    [GeneratedRegex(@"[^A-Za-z0-9._-]")]
    private static partial Regex Unsafe();
}
