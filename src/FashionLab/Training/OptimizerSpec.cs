using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Training;

/// <summary>Optimizer and its hyperparameters. Adam is the default, as in the project plan.</summary>
public sealed record OptimizerSpec(
    string Name = "adam",
    double LearningRate = 1e-3,
    double Beta1 = 0.9,
    double Beta2 = 0.999,
    double WeightDecay = 0,
    double Momentum = 0.9)
{
    public static IReadOnlyList<string> Names { get; } = ["adam", "adamw", "sgd", "rmsprop"];

    public static string Validate(string name) =>
        Names.Contains(name) ? name : throw new FashionLabException($"unknown optimizer '{name}'; valid: {string.Join(", ", Names)}");

    public optim.Optimizer Create(IEnumerable<TorchSharp.Modules.Parameter> parameters) => Validate(Name) switch
    {
        "adam" => optim.Adam(parameters, LearningRate, Beta1, Beta2, weight_decay: WeightDecay),
        "adamw" => optim.AdamW(parameters, LearningRate, Beta1, Beta2, weight_decay: WeightDecay),
        "sgd" => optim.SGD(parameters, LearningRate, momentum: Momentum, weight_decay: WeightDecay),
        _ => optim.RMSProp(parameters, LearningRate, momentum: Momentum, weight_decay: WeightDecay),
    };

    public override string ToString() => $"{Name}(lr={LearningRate:G4})";
}
