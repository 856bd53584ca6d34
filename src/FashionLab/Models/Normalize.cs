using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Models;

/// <summary>
/// (x − mean) / std as the model's first layer, so that everything outside the model (data, attacks,
/// attributions) works on plain [0, 1] pixels.
/// </summary>
public sealed class Normalize(float mean, float std) : nn.Module<Tensor, Tensor>(nameof(Normalize))
{
    public float Mean { get; } = mean;
    public float Std { get; } = std;

    public override Tensor forward(Tensor input) => input.sub(Mean).div_(Std);
}
