using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FashionLab.Experiments;

/// <summary>
/// Reads an experiment YAML file. The file is a flat mapping of parameter keys (see <see cref="ConfigParameters"/>)
/// plus experiment, description, seeds and grid. Every unknown key or bad value is an error with file, line,
/// column and the valid choices; grid levels are validated too, before anything runs.
/// </summary>
public static partial class ExperimentConfigLoader
{
    private static readonly string[] ExperimentKeys = ["experiment", "description", "seeds", "seed", "grid"];

    /// <param name="rejectUnusedKeys">False when reading back a resolved config.yaml, which may name settings that
    /// older versions listed for every run.</param>
    public static ExperimentConfig Load(string path, bool rejectUnusedKeys = true)
    {
        if (Directory.Exists(path)) throw new FashionLabException($"{path}: is a folder, not a config file");
        if (!File.Exists(path)) throw new FashionLabException($"{path}: config file not found");
        return Parse(File.ReadAllText(path), path, rejectUnusedKeys);
    }

    public static ExperimentConfig Parse(string yaml, string path, bool rejectUnusedKeys = true)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ConfigException(path, e.Start.Line, e.Start.Column, $"invalid YAML: {e.InnerException?.Message ?? e.Message}");
        }
        if (stream.Documents.Count > 1)
            throw new ConfigException(path, stream.Documents[1].RootNode.Start.Line, 1, "expected one YAML document, found a second one (---)");
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ConfigException(path, 1, 1, "expected a mapping of settings (key: value lines)");

        string name = Path.GetFileNameWithoutExtension(path);
        string? description = null;
        var settings = RunSettings.Default;
        var seeds = new List<int> { 1 };
        var grid = new List<GridFactor>();
        var gridNode = default(YamlMappingNode);
        var explicitKeys = new List<(string Key, YamlNode Node)>();

        foreach (var (keyNode, valueNode) in root.Children)
        {
            string key = ((YamlScalarNode)keyNode).Value ?? "";
            switch (key)
            {
                case "experiment":
                    name = Scalar(path, valueNode, key);
                    if (!SafeName().IsMatch(name))
                        throw Error(path, valueNode, $"experiment: '{name}' must be 1–100 letters, digits, '-', '_' or '.', not starting with '.'");
                    break;
                case "description":
                    description = Scalar(path, valueNode, key);
                    break;
                case "seeds":
                    seeds = Levels(path, valueNode, key).Select(s => Seed(path, valueNode, s)).ToList();
                    if (seeds.Count == 0) throw Error(path, valueNode, "seeds: needs at least one seed");
                    break;
                case "seed":
                    // A resolved run config (config.yaml) names its one seed; it can be run again as an experiment.
                    seeds = [Seed(path, valueNode, Scalar(path, valueNode, key))];
                    break;
                case "grid":
                    gridNode = valueNode as YamlMappingNode ?? throw Error(path, valueNode, "grid: expected a mapping of key: [levels]");
                    break;
                default:
                    settings = Apply(path, keyNode, valueNode, settings, key, ValueText(path, valueNode, key));
                    explicitKeys.Add((key, keyNode));
                    break;
            }
        }

        if (gridNode is not null)
        {
            foreach (var (keyNode, valueNode) in gridNode.Children)
            {
                string key = ((YamlScalarNode)keyNode).Value ?? "";
                var parameter = Parameter(path, keyNode, key);
                if (!parameter.Gridable)
                    throw Error(path, keyNode, $"grid: '{key}' cannot vary within a grid (the data is loaded once per grid); set it at the top level");
                if (grid.Any(g => g.Key == key)) throw Error(path, keyNode, $"grid: '{key}' appears twice");
                var levels = Levels(path, valueNode, key);
                if (levels.Count == 0) throw Error(path, valueNode, $"grid: '{key}' needs at least one level");
                if (levels.Distinct().Count() != levels.Count) throw Error(path, valueNode, $"grid: '{key}' lists a level twice");
                foreach (var level in levels) Apply(path, keyNode, valueNode, settings, key, level);
                grid.Add(new GridFactor(key, levels));
                explicitKeys.Add((key, keyNode));
            }
        }
        if (seeds.Distinct().Count() != seeds.Count) throw Error(path, root, "seeds: a seed is listed twice");
        var config = new ExperimentConfig(name, description, settings, grid, seeds, path);
        if (rejectUnusedKeys) RejectUnusedKeys(path, config, explicitKeys);
        return config;
    }

    /// <summary>A key that no run uses (hidden without the mlp, momentum with Adam) is a mistake worth reporting.</summary>
    private static void RejectUnusedKeys(string path, ExperimentConfig config, List<(string Key, YamlNode Node)> explicitKeys)
    {
        var runs = GridSweeper.Expand(config);
        foreach (var (key, node) in explicitKeys)
        {
            var parameter = ConfigParameters.Find(key)!;
            if (parameter.UsedBy is { } usedBy && !runs.Any(r => usedBy.Test(r.Settings)))
                throw Error(path, node, $"{key}: has no effect here; it is only used with {usedBy.Requirement}");
        }
    }

    private static RunSettings Apply(string path, YamlNode keyNode, YamlNode valueNode, RunSettings settings, string key, string value)
    {
        var parameter = Parameter(path, keyNode, key);
        try
        {
            return parameter.Apply(settings, value);
        }
        catch (FashionLabException e)
        {
            throw Error(path, valueNode, $"{key}: {e.Message}");
        }
    }

    private static ConfigParameter Parameter(string path, YamlNode keyNode, string key) =>
        ConfigParameters.Find(key) ?? throw Error(path, keyNode,
            $"unknown key '{key}'; valid: {string.Join(", ", ExperimentKeys.Concat(ConfigParameters.Keys))}");

    /// <summary>A scalar's text, or a flow sequence of scalars joined with commas (for list-valued parameters like hidden).</summary>
    private static string ValueText(string path, YamlNode node, string key) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode sequence => "[" + string.Join(", ", sequence.Children.Select(c => Scalar(path, c, key))) + "]",
        _ => throw Error(path, node, $"{key}: expected a value, not a mapping"),
    };

    private static List<string> Levels(string path, YamlNode node, string key) =>
        node is YamlSequenceNode sequence
            ? sequence.Children.Select(c => ValueText(path, c, key)).ToList()
            : throw Error(path, node, $"{key}: expected a list of values, e.g. [a, b]");

    private static string Scalar(string path, YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(path, node, $"{key}: expected a single value");

    private static int Seed(string path, YamlNode node, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) && seed >= 0
            ? seed
            : throw Error(path, node, $"seeds: '{text}' is not a whole number ≥ 0");

    private static ConfigException Error(string path, YamlNode node, string problem) =>
        new(path, node.Start.Line, node.Start.Column, problem);

    // A folder name: letters, digits, ".", "-", "_", not starting with a dot ("." and ".." would escape results/).
    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex SafeName();
}
