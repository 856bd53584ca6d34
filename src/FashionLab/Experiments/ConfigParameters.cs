using System.Globalization;
using FashionLab.Models;
using FashionLab.Training;

namespace FashionLab.Experiments;

/// <summary>
/// One settable parameter of a run: its config key, how a textual value is applied to the settings (validating it),
/// and how it is read back (for config.yaml and the run id). <see cref="Gridable"/> parameters may vary in a grid;
/// data-split parameters may not, because the dataset is loaded once per grid.
/// </summary>
/// <param name="UsedBy">When the parameter matters only for some settings (e.g. hidden for the mlp): the test, and
/// what it requires in words. Unused parameters are left out of config.yaml and the run id.</param>
public sealed record ConfigParameter(
    string Key,
    string Help,
    Func<RunSettings, string, RunSettings> Apply,
    Func<RunSettings, string> Read,
    bool Gridable = true,
    (Func<RunSettings, bool> Test, string Requirement)? UsedBy = null)
{
    public bool IsUsed(RunSettings settings) => UsedBy?.Test(settings) ?? true;
}

/// <summary>The flat parameter keys a config may set, in the order config.yaml lists them.</summary>
public static class ConfigParameters
{
    private static readonly (Func<RunSettings, bool>, string) AdamFamily = (s => s.Optimizer.Name is "adam" or "adamw", "optimizer: adam or adamw");

    public static IReadOnlyList<ConfigParameter> All { get; } =
    [
        new("model", $"architecture: {string.Join(", ", ModelPresets.Names)}",
            (s, v) => s with { Model = s.Model with { Preset = ModelPresets.Validate(v) } }, s => s.Model.Preset),
        new("activation", $"one of {string.Join(", ", Activations.Names)}",
            (s, v) => s with { Model = s.Model with { Activation = Activations.Validate(v) } }, s => s.Model.Activation),
        new("init", $"one of {string.Join(", ", Initializers.Names)}",
            (s, v) => s with { Model = s.Model with { Init = Initializers.Validate(v) } }, s => s.Model.Init),
        new("dropout", "dropout probability before the last dense layer, in [0, 1), or 'preset' for the model's default",
            (s, v) => s with { Model = s.Model with { Dropout = v == "preset" ? null : Fraction(v) } }, s => s.Model.Dropout is { } d ? Format(d) : "preset"),
        new("hidden", "hidden layer widths of the mlp model, e.g. [256, 128]",
            (s, v) => s with { Model = s.Model with { Hidden = WidthList(v) } },
            s => "[" + string.Join(", ", s.Model.Hidden ?? ModelPresets.DefaultHidden) + "]",
            UsedBy: (s => s.Model.Preset == "mlp", "model: mlp")),
        new("optimizer", $"one of {string.Join(", ", OptimizerSpec.Names)}",
            (s, v) => s with { Optimizer = s.Optimizer with { Name = OptimizerSpec.Validate(v) } }, s => s.Optimizer.Name),
        new("lr", "learning rate > 0",
            (s, v) => s with { Optimizer = s.Optimizer with { LearningRate = Positive(v) } }, s => Format(s.Optimizer.LearningRate)),
        new("beta1", "Adam's first-moment decay in [0, 1)",
            (s, v) => s with { Optimizer = s.Optimizer with { Beta1 = Fraction(v) } }, s => Format(s.Optimizer.Beta1), UsedBy: AdamFamily),
        new("beta2", "Adam's second-moment decay in [0, 1)",
            (s, v) => s with { Optimizer = s.Optimizer with { Beta2 = Fraction(v) } }, s => Format(s.Optimizer.Beta2), UsedBy: AdamFamily),
        new("momentum", "momentum of sgd and rmsprop in [0, 1)",
            (s, v) => s with { Optimizer = s.Optimizer with { Momentum = Fraction(v) } }, s => Format(s.Optimizer.Momentum),
            UsedBy: (s => s.Optimizer.Name is "sgd" or "rmsprop", "optimizer: sgd or rmsprop")),
        new("weight_decay", "L2 penalty ≥ 0",
            (s, v) => s with { Optimizer = s.Optimizer with { WeightDecay = NonNegative(v) } }, s => Format(s.Optimizer.WeightDecay)),
        new("epochs", "number of passes over the training set, ≥ 1",
            (s, v) => s with { Epochs = Count(v, 1) }, s => Format(s.Epochs)),
        new("batch_size", "images per optimisation step, ≥ 1",
            (s, v) => s with { BatchSize = Count(v, 1) }, s => Format(s.BatchSize)),
        new("validation", "images held out from the end of the training set for validation (0 = none)",
            (s, v) => s with { Data = s.DataOrDefault with { ValidationCount = Count(v, 0) } },
            s => Format(s.DataOrDefault.ValidationCount), Gridable: false),
        new("train_limit", "use only the first N training images (0 = all)",
            (s, v) => s with { Data = s.DataOrDefault with { TrainLimit = Count(v, 0) } },
            s => Format(s.DataOrDefault.TrainLimit), Gridable: false),
        new("test_limit", "evaluate on the first N test images only (0 = all)",
            (s, v) => s with { Data = s.DataOrDefault with { TestLimit = Count(v, 0) } },
            s => Format(s.DataOrDefault.TestLimit), Gridable: false),
    ];

    public static ConfigParameter? Find(string key) => All.FirstOrDefault(p => p.Key == key);

    public static IEnumerable<string> Keys => All.Select(p => p.Key);

    /// <summary>The settings as flat "key: value" lines in a fixed order: config.yaml's body and the run id's input.</summary>
    public static string ToYaml(RunSettings settings) =>
        string.Concat(All.Where(p => p.IsUsed(settings)).Select(p => $"{p.Key}: {p.Read(settings)}\n")) + $"seed: {settings.Seed}\n";

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FashionLabException($"'{text}' is not a number");

    private static double Positive(string text) =>
        Number(text) is var v and > 0 ? v : throw new FashionLabException($"{text} must be greater than 0");

    private static double NonNegative(string text) =>
        Number(text) is var v and >= 0 ? v : throw new FashionLabException($"{text} must be at least 0");

    private static double Fraction(string text) =>
        Number(text) is var v and >= 0 and < 1 ? v : throw new FashionLabException($"{text} must be in [0, 1)");

    private static int Count(string text, int minimum) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new FashionLabException($"'{text}' must be a whole number ≥ {minimum}");

    private static int[] WidthList(string text)
    {
        var widths = text.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => Count(w, 1)).ToArray();
        return widths.Length > 0 ? widths : throw new FashionLabException("hidden: needs at least one layer width");
    }
}
