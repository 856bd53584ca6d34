using FashionLab.Models;
using FashionLab.Reporting;
using static TorchSharp.torch;

namespace FashionLab.Experiments;

/// <summary>A trained model read back from a run folder, with the settings it was trained with.</summary>
public sealed record TrainedModel(ClassifierNet Model, RunSettings Settings, string Source) : IDisposable
{
    /// <summary>
    /// Loads a run folder (config.yaml + model.bin) or a weights file with config.yaml beside it; the architecture
    /// comes from the resolved config, the weights from model.bin.
    /// </summary>
    public static TrainedModel Load(string runFolderOrWeights)
    {
        var weights = Directory.Exists(runFolderOrWeights) ? Path.Combine(runFolderOrWeights, "model.bin") : runFolderOrWeights;
        if (!File.Exists(weights)) throw new FashionLabException($"{runFolderOrWeights}: no model weights (model.bin) found");
        var config = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(weights))!, "config.yaml");
        if (!File.Exists(config))
            throw new FashionLabException($"{weights}: no config.yaml beside it to tell the architecture");
        var settings = ExperimentConfigLoader.Load(config, rejectUnusedKeys: false).Base;
        var model = ModelPresets.Create(settings.Model);
        try
        {
            model.load(weights);
        }
        catch (Exception e) when (e is not FashionLabException)
        {
            model.Dispose();
            throw new FashionLabException($"{weights}: not weights of a {settings.Model} model ({e.Message.Split('\n')[0]})");
        }
        model.eval();
        return new TrainedModel(model, settings, Path.GetDirectoryName(Path.GetFullPath(weights))!);
    }

    /// <summary>
    /// The run folder of the best complete run of the experiment whose summary was written last under
    /// <paramref name="resultsRoot"/>, or null when there is none.
    /// </summary>
    public static string? FindBestRunOfLatestExperiment(string resultsRoot)
    {
        if (!Directory.Exists(resultsRoot)) return null;
        var summaries = Directory.EnumerateDirectories(resultsRoot)
            .Select(d => Path.Combine(d, SummaryCsv.FileName))
            .Where(File.Exists)
            .OrderByDescending(File.GetLastWriteTimeUtc);
        foreach (var summary in summaries)
        {
            var best = SummaryCsv.Read(summary)
                .Where(r => r["status"] == "complete" && double.TryParse(r["final_test_accuracy"], System.Globalization.CultureInfo.InvariantCulture, out _))
                .MaxBy(r => double.Parse(r["final_test_accuracy"], System.Globalization.CultureInfo.InvariantCulture));
            if (best is null) continue;
            var run = Path.Combine(Path.GetDirectoryName(summary)!, "runs", best["run_id"]);
            if (File.Exists(Path.Combine(run, "model.bin"))) return run;
        }
        return null;
    }

    public void Dispose() => Model.Dispose();
}
