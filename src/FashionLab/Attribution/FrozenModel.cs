using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>
/// Puts a model in eval mode with its parameters' requires_grad off for the duration of a method, and restores
/// every module's train/eval mode and every parameter's flag on dispose, also when the method throws.
/// Parameters are frozen so that autograd builds no graph towards them: attributions differentiate w.r.t.
/// inputs or activations only, and the model's <c>.grad</c> fields are never touched.
/// </summary>
internal sealed class FrozenModel : IDisposable
{
    private readonly (nn.Module Module, bool Training)[] modes;
    private readonly (Parameter Parameter, bool RequiresGrad)[] flags;

    public FrozenModel(nn.Module model)
    {
        // Parents before children, so restoring in this order lets each module's own flag win.
        modes = [.. new[] { model }.Concat(model.modules()).Distinct().Select(m => (m, m.training))];
        flags = [.. model.parameters().Select(p => (p, p.requires_grad))];
        model.eval();
        foreach (var (parameter, _) in flags) parameter.requires_grad = false;
    }

    public void Dispose()
    {
        foreach (var (module, training) in modes) module.train(training);
        foreach (var (parameter, requiresGrad) in flags) parameter.requires_grad = requiresGrad;
    }
}
