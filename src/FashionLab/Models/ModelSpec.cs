namespace FashionLab.Models;

/// <summary>What to build: a preset architecture with its activation, initialisation and regularisation.</summary>
/// <param name="Hidden">Hidden layer widths, used by the mlp preset only.</param>
/// <param name="Dropout">Dropout before the last dense layer; null uses the preset's own default.</param>
public sealed record ModelSpec(
    string Preset = "sheet6",
    string Activation = "relu",
    string Init = "he_uniform",
    double? Dropout = null,
    IReadOnlyList<int>? Hidden = null)
{
    public override string ToString() => $"{Preset}({Activation}, {Init})";
}
