namespace FashionLab.Models;

/// <summary>The architectures a config may name. Each is built and then initialised as the spec says.</summary>
public static class ModelPresets
{
    private static readonly Dictionary<string, Func<ModelSpec, ModelBuilder>> Presets = new()
    {
        // Our reading of exercise 4 of sheet 6 in the lecture: two 3×3 conv blocks and one hidden dense layer.
        ["sheet6"] = spec => new ModelBuilder(spec.Activation)
            .ConvBlock(32, 3, samePadding: false, pool: true)
            .ConvBlock(64, 3, samePadding: false, pool: true)
            .EndFeatures()
            .Flatten().Dense(128, activate: true).Dropout(spec.Dropout ?? 0).Dense(10, activate: false),
        // The TensorFlow "Deep MNIST" tutorial network.
        ["tf-tutorial"] = spec => new ModelBuilder(spec.Activation)
            .ConvBlock(32, 5, samePadding: true, pool: true)
            .ConvBlock(64, 5, samePadding: true, pool: true)
            .EndFeatures()
            .Flatten().Dense(1024, activate: true).Dropout(spec.Dropout ?? 0.4).Dense(10, activate: false),
        // Global average pooling before a single dense layer: the architecture class activation maps (CAM) need.
        ["gap"] = spec => new ModelBuilder(spec.Activation)
            .ConvBlock(32, 3, samePadding: true, pool: true)
            .ConvBlock(64, 3, samePadding: true, pool: true)
            .ConvBlock(128, 3, samePadding: true, pool: false)
            .EndFeatures()
            .GlobalAveragePool().Flatten().Dropout(spec.Dropout ?? 0).Dense(10, activate: false),
        ["mlp"] = BuildMlp,
    };

    public static IReadOnlyList<string> Names { get; } = [.. Presets.Keys];

    public static IReadOnlyList<int> DefaultHidden { get; } = [256, 128];

    public static string Validate(string preset) =>
        Presets.ContainsKey(preset)
            ? preset
            : throw new FashionLabException($"unknown model '{preset}'; valid: {string.Join(", ", Names)}");

    /// <summary>Builds and initialises the model. Call torch.manual_seed first for a reproducible initialisation.</summary>
    public static ClassifierNet Create(ModelSpec spec)
    {
        var builder = Presets[Validate(spec.Preset)](spec);
        Initializers.Validate(spec.Init);
        var model = builder.Build(spec);
        Initializers.Apply(model, spec.Init);
        return model;
    }

    private static ModelBuilder BuildMlp(ModelSpec spec)
    {
        var builder = new ModelBuilder(spec.Activation).EndFeatures().Flatten();
        foreach (var width in spec.Hidden ?? DefaultHidden)
        {
            if (width <= 0) throw new FashionLabException($"hidden: layer width {width} must be positive");
            builder.Dense(width, activate: true).Dropout(spec.Dropout ?? 0);
        }
        return builder.Dense(10, activate: false);
    }
}
