using FashionLab.Models;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>
/// Backpropagation with a modified rule at every ReLU, for ReLU networks only. TorchSharp has no backward hooks,
/// so the backward pass is walked by hand: the forward pass runs layer by layer on detached inputs, then the
/// gradient goes back layer by layer, through ReLUs by <see cref="ReluRule"/> and through every other layer by
/// autograd (a vector-Jacobian product with that layer alone).
/// </summary>
public abstract class ModifiedReluBackprop : AttributionMethod
{
    // Layers that are not activations; anything else must be a ReLU.
    private static readonly Type[] Structural =
        [typeof(Normalize), typeof(Conv2d), typeof(Linear), typeof(MaxPool2d), typeof(AdaptiveAvgPool2d), typeof(Flatten), typeof(Dropout)];

    protected ModifiedReluBackprop(ClassifierNet model) : base(model)
    {
        if (WhyNotApplicable(model) is { } reason) throw new FashionLabException($"{Name}: {reason}");
    }

    /// <summary>Null for a ReLU network, else the first other activation, named.</summary>
    public static string? WhyNotApplicable(ClassifierNet model) =>
        model.Layers.FirstOrDefault(l => l.Module is not ReLU && !Structural.Contains(l.Module.GetType())) is { } layer
            ? $"needs a ReLU network, but layer '{layer.Name}' is {layer.Module.GetType().Name} (activation '{model.Spec.Activation}')"
            : null;

    /// <summary>The gradient passed back through a ReLU with input <paramref name="reluInput"/>.</summary>
    protected abstract Tensor ReluRule(Tensor reluInput, Tensor gradOutput);

    protected override Tensor Compute(Tensor input, AttributionTarget target)
    {
        var layers = Model.Layers;
        var inputs = new Tensor[layers.Count];
        var outputs = new Tensor[layers.Count];
        using (enable_grad())
        {
            var x = input;
            for (int i = 0; i < layers.Count; i++)
            {
                inputs[i] = x.detach().requires_grad_(true);
                outputs[i] = x = layers[i].Module.call(inputs[i]);
            }
        }
        var grad = nn.functional.one_hot(tensor(new long[] { target.ClassIndex }), outputs[^1].shape[1]).to_type(input.dtype);
        for (int i = layers.Count - 1; i >= 0; i--)
        {
            grad = layers[i].Module is ReLU
                ? ReluRule(inputs[i], grad)
                : torch.autograd.grad([outputs[i]], [inputs[i]], [grad])[0];
        }
        return grad;
    }
}
