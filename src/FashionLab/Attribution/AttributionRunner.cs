using FashionLab.Data;
using FashionLab.Models;
using FashionLab.Visualization;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>What to explain and where to write it.</summary>
/// <param name="Image">One image [1, 1, 28, 28] in [0, 1].</param>
/// <param name="SourceName">Names the image in titles and file names (e.g. <c>test-17</c> or a file name).</param>
/// <param name="Methods">Registry names; null runs every method that applies to the model (the others are skipped with a reason).</param>
/// <param name="Layer">Layer for the Grad-CAM family (null: the last layer of the feature part).</param>
/// <param name="TargetClass">The class to explain; null explains the predicted class.</param>
public sealed record AttributionRequest(
    ClassifierNet Model,
    Tensor Image,
    string SourceName,
    string OutputDirectory,
    IReadOnlyList<string>? Methods = null,
    int? TargetClass = null,
    IReadOnlyList<string>? ClassNames = null,
    bool Deletion = true,
    string? Layer = null);

public sealed record Prediction(int ClassIndex, string ClassName, double Probability);

/// <param name="Deletion">Deletion curves; empty when the target is not the predicted class.</param>
/// <param name="Skipped">Methods not run, each with the reason (only when <see cref="AttributionRequest.Methods"/> was null).</param>
public sealed record AttributionReport(
    IReadOnlyList<Prediction> TopPredictions,
    AttributionTarget Target,
    double TargetProbability,
    IReadOnlyList<string> Methods,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<DeletionCurve> Deletion,
    IReadOnlyList<string> WrittenFiles,
    CompletenessCheck? IntegratedGradientsCompleteness = null);

/// <summary>
/// Explains one image with several methods and writes, in the output folder, per method
/// <c>{source}_input.png</c> (the 28×28 picture the network saw, enlarged), <c>{source}_{method}_heatmap.png</c>, <c>_overlay.png</c> and <c>.csv</c> (raw values), and for the image
/// <c>{source}_panel.png</c> (input + every heatmap, top-3 predictions in the title) and <c>{source}_deletion.png</c>.
/// </summary>
public static class AttributionRunner
{
    public static AttributionReport Run(AttributionRequest request)
    {
        var model = request.Model;
        AttributionMethod.ValidateInput(request.Image);
        var classNames = request.ClassNames ?? FashionMnistClasses.Names;
        var skipped = new List<string>();
        var names = request.Methods ?? MethodRegistry.Names.Where(n =>
        {
            string? reason = MethodRegistry.Get(n).WhyNotApplicable(model);
            if (reason is not null) skipped.Add($"{n}: {reason}");
            return reason is null;
        }).ToList();
        if (names.Count == 0) throw new FashionLabException("attribute: no methods given");
        var methods = names.Select(n => MethodRegistry.Create(n, model, request.Layer)).ToList();

        var all = TopPredictions(model, request.Image, classNames, classNames.Count);
        var top = all.Take(3).ToList();
        var target = request.TargetClass is { } c ? new AttributionTarget(c) : new AttributionTarget(top[0].ClassIndex);
        double targetProbability = all.First(p => p.ClassIndex == target.ClassIndex).Probability;
        // Deleting evidence for a class the model does not predict says nothing about faithfulness.
        bool deletion = request.Deletion && target.ClassIndex == top[0].ClassIndex;
        string source = FileSafe(request.SourceName);
        string Path(string suffix) => System.IO.Path.Combine(request.OutputDirectory, $"{source}_{suffix}");
        var written = new List<string>();
        var deletionCurves = new List<DeletionCurve>();
        var cells = new List<FigureCell>();
        float[] image = Values(request.Image);
        cells.Add(new FigureCell(image, null));
        GrayscaleImageWriter.WritePng(Add(written, Path("input.png")), image);
        CompletenessCheck? completeness = null;

        foreach (var method in methods)
        {
            using var scope = NewDisposeScope();
            Tensor map;
            if (method is IntegratedGradients integrated)
                (map, completeness) = integrated.AttributeWithCompleteness(request.Image, target);
            else
                map = method.Attribute(request.Image, target);
            float[] display = Values(DisplayNormalization.Normalize(map, method.Sign));
            string title = $"{request.SourceName}: {method.Name} → {classNames[target.ClassIndex]}";
            AttributionFigures.SaveHeatmap(Add(written, Path($"{method.Name}_heatmap.png")), title, display);
            AttributionFigures.SaveOverlay(Add(written, Path($"{method.Name}_overlay.png")), title, image, display);
            AttributionFigures.SaveCsv(Add(written, Path($"{method.Name}.csv")), Values(map));
            if (deletion) deletionCurves.Add(DeletionScore.Compute(model, request.Image, map, method.Sign, target, method.Name));
            cells.Add(new FigureCell(image, display)); // overlaid on the input: where on the garment, at a glance
        }

        string predictions = string.Join("   ", top.Select(p => $"{p.ClassName} {p.Probability:P1}"));
        string panelTitle = $"{request.SourceName}: explaining '{classNames[target.ClassIndex]}'\ntop-3: {predictions}";
        AttributionFigures.SaveGrid(Add(written, Path("panel.png")), panelTitle, [],
            ["input (28×28)", .. methods.Select(m => m.Name)], [cells]);
        if (deletion)
            AttributionFigures.SaveDeletionChart(Add(written, Path("deletion.png")),
                $"Deletion curves, {request.SourceName} (lower AUC = more faithful)", deletionCurves);
        return new AttributionReport(top, target, targetProbability, names, skipped, deletionCurves, written, completeness);
    }

    /// <summary>The <paramref name="count"/> most probable classes for one image.</summary>
    public static IReadOnlyList<Prediction> TopPredictions(ClassifierNet model, Tensor image, IReadOnlyList<string> classNames, int count)
    {
        using var frozen = new FrozenModel(model);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        float[] probabilities = model.call(image).softmax(1)[0].data<float>().ToArray();
        return [.. probabilities.Select((p, i) => new Prediction(i, classNames[i], p)).OrderByDescending(p => p.Probability).Take(count)];
    }

    internal static float[] Values(Tensor map) => map.detach().cpu().flatten().data<float>().ToArray();

    private static string Add(List<string> written, string path)
    {
        written.Add(path);
        return path;
    }

    private static string FileSafe(string name) =>
        new([.. name.Select(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_' or '.' ? ch : '_')]);
}
