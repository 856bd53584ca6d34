using FashionLab.Attribution;
using FashionLab.Cli.Verbs;
using FashionLab.Data;
using FashionLab.Experiments;
using FashionLab.Reporting;
using FashionLab.Training;
using FashionLab.Visualization;
using Spectre.Console;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Cli.Commands;

internal sealed class AttributeCommand(IAnsiConsole console)
{
    private FashionMnist? data;
    private string? dataDir;
    private bool skippedShown;
    private int explained;

    public int Execute(AttributeOptions options, CancellationToken cancel)
    {
        var images = options.Images.ToList();
        var indices = options.TestIndices.ToList();
        if (images.Count == 0 && indices.Count == 0 && options.Class is null && !options.Sanity)
            throw new FashionLabException("attribute: give --image, --test-index, --class or --sanity (see --help)");
        if (options.Count <= 0) throw new FashionLabException($"--count: {options.Count} must be positive");
        foreach (var name in options.Methods) MethodRegistry.Get(name);
        int? target = options.Target is null ? null : FashionMnistClasses.Parse(options.Target);
        int? wantedClass = options.Class is null ? null : FashionMnistClasses.Parse(options.Class);
        var files = images.Count > 0 ? ImageInputs.Expand(images) : [];

        dataDir = options.DataDir;
        var device = ComputeDevice.Resolve(options.Device);
        // Checked before any model is loaded or trained.
        var testImages = TestIndices(indices, wantedClass, options.Count).ToList();
        using var trained = LoadModel(options, device, cancel);
        var model = trained.Model;
        model.to(device);
        console.MarkupLine($"model: [bold]{Markup.Escape(model.Spec.ToString())}[/] from {Markup.Escape(trained.Source)}");
        Directory.CreateDirectory(options.Out);
        var methods = options.Methods.Any() ? options.Methods.ToList() : null;
        int failures = 0;

        var loader = new GarmentImageLoader(new GarmentImageOptions(Invert: !options.NoInvert, Crop: !options.NoCrop));
        foreach (var file in files)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                var picture = loader.Load(file);
                using var tensor = torch.tensor(picture.Pixels, [1, 1, FashionMnist.ImageSize, FashionMnist.ImageSize]).to(device);
                var note = picture.Inverted ? "inverted, " : "";
                Explain(tensor, Path.GetFileNameWithoutExtension(file), $"{file} ({note}{picture.OriginalWidth}×{picture.OriginalHeight})",
                    model, methods, target, options);
            }
            catch (ImageInputException e)
            {
                console.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                failures++;
            }
        }

        foreach (int index in testImages)
        {
            cancel.ThrowIfCancellationRequested();
            var test = Data().Test;
            var image = test.Images.narrow(0, index, 1).to(device);
            string truth = test.ClassName(test.Labels[index].item<long>());
            Explain(image, $"test-{index}", $"test image {index} (true class: {truth})", model, methods, target, options);
        }

        if (options.Sanity) RunSanityCheck(model, methods, options.Out, device);
        if (explained > 0 || options.Sanity) console.MarkupLine($"written to [link]{Markup.Escape(Path.GetFullPath(options.Out))}[/]");
        return failures == 0 ? FashionLabApp.Ok : FashionLabApp.Failed;
    }

    private void Explain(Tensor image, string source, string description, Models.ClassifierNet model,
        IReadOnlyList<string>? methods, int? target, AttributeOptions options)
    {
        var report = AttributionRunner.Run(new AttributionRequest(model, image, source, options.Out, methods, target, Layer: options.Layer));
        var top = string.Join(", ", report.TopPredictions.Select(p => $"{p.ClassName} {p.Probability:P1}"));
        explained++;
        console.MarkupLine($"[bold]{Markup.Escape(description)}[/]: {Markup.Escape(top)}");
        if (target is not null)
            console.WriteLine($"  explaining {FashionMnistClasses.Names[report.Target.ClassIndex]} (probability {report.TargetProbability:P1})" +
                (report.Deletion.Count == 0 ? "; no deletion score, since it is not the predicted class" : ""));
        if (report.IntegratedGradientsCompleteness is { } check)
            console.WriteLine($"  integrated gradients: sum of attributions {check.AttributionSum:F4} vs f(x) − f(baseline) {check.ScoreDifference:F4} (gap {check.RelativeGap:P2})");
        if (report.Deletion.Count > 0)
            console.WriteLine("  deletion AUC (lower = more faithful): " +
                string.Join(", ", report.Deletion.OrderBy(c => c.Auc).Select(c => $"{c.Method} {c.Auc:F3}")));
        if (!skippedShown)
            foreach (var skipped in report.Skipped) console.MarkupLine($"  [grey]skipped {Markup.Escape(skipped)}[/]");
        skippedShown = true;
    }

    private IEnumerable<int> TestIndices(List<int> indices, int? wantedClass, int count)
    {
        foreach (int index in indices)
        {
            if (index < 0 || index >= Data().Test.Count)
                throw new FashionLabException($"--test-index: {index} is outside the test set (0–{Data().Test.Count - 1})");
            yield return index;
        }
        if (wantedClass is not { } c) yield break;
        var labels = Data().Test.Labels.data<long>().ToArray();
        foreach (int index in Enumerable.Range(0, labels.Length).Where(i => labels[i] == c).Take(count)) yield return index;
    }

    private void RunSanityCheck(Models.ClassifierNet model, IReadOnlyList<string>? methods, string output, Device device)
    {
        var test = Data().Test;
        var firstOfClass = test.FirstIndexOfEachClass().Select(i => (long)i).ToArray();
        using var images = test.Images.index_select(0, torch.tensor(firstOfClass)).to(device);
        var names = methods ?? MethodRegistry.ApplicableTo(model);
        console.WriteLine($"sanity check: randomising {model.Spec} layer by layer from the top, {names.Count} methods, 10 test images...");
        var result = SanityCheck.Run(model, images, names);
        SanityCsv.Write(Path.Combine(output, "sanity.csv"), result);
        AttributionFigures.SaveSanityChart(Path.Combine(output, "sanity.png"), result);
        var table = new Table().Border(TableBorder.Simple).AddColumn("method").AddColumn("rank correlation, all layers randomised").AddColumn("");
        foreach (var row in result.Rows.GroupBy(r => r.Method).Select(g => g.MaxBy(r => r.LayersRandomized)!))
        {
            bool flagged = result.Flagged.Contains(row.Method);
            table.AddRow(row.Method, $"{row.MeanRankCorrelation:F2}", flagged ? "[red]insensitive to the weights (fails the check)[/]" : "[green]passes[/]");
        }
        console.Write(table);
    }

    private TrainedModel LoadModel(AttributeOptions options, Device device, CancellationToken cancel)
    {
        if (options.Model is not null) return TrainedModel.Load(options.Model);
        if (TrainedModel.FindBestRunOfLatestExperiment(options.Results) is { } best) return TrainedModel.Load(best);
        if (DefaultModel.Find(DefaultModel.CacheRoot) is { } cached) return TrainedModel.Load(cached);
        console.MarkupLine($"no trained model found under {Markup.Escape(options.Results)}/: training the default sheet6 model once " +
            $"(cached in {Markup.Escape(DefaultModel.CacheRoot)}/)");
        var observer = new ExperimentConsoleObserver(console);
        var run = observer.Attach(() => DefaultModel.EnsureTrained(DefaultModel.CacheRoot, Data(), device, observer, cancel));
        return TrainedModel.Load(run);
    }

    private FashionMnist Data() => data ??= DataLoading.Load(console, dataDir, new DataSplitOptions());
}
