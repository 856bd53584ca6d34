using FashionLab.Models;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>
/// Zeiler &amp; Fergus 2014, "Visualizing and Understanding Convolutional Networks": at each ReLU pass back
/// relu(grad), ignoring the forward input's sign (max-pool switches still route the signal, as in the paper).
/// </summary>
public sealed class DeconvNet(ClassifierNet model) : ModifiedReluBackprop(model)
{
    public override string Name => "deconvnet";

    protected override Tensor ReluRule(Tensor reluInput, Tensor gradOutput) => gradOutput.clamp_min(0);
}
