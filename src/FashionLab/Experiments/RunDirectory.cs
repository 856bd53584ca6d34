using System.Text.Json;
using System.Text.Json.Serialization;
using FashionLab.Reporting;
using FashionLab.Training;

namespace FashionLab.Experiments;

/// <summary>
/// A run's folder, results/&lt;experiment&gt;/runs/&lt;run-id&gt;/, and its files. run.json is written last, so its
/// presence means the run finished (complete or diverged) and a rerun may skip it.
/// </summary>
public sealed class RunDirectory(string path)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string Path { get; } = path;
    public string ConfigFile => Combine("config.yaml");
    public string MetricsFile => Combine("metrics.csv");
    public string WeightsFile => Combine("model.bin");
    public string ConfusionFile => Combine("confusion.csv");
    public string LossChart => Combine("loss.png");
    public string AccuracyChart => Combine("accuracy.png");
    public string RecordFile => Combine("run.json");

    public bool IsComplete => File.Exists(RecordFile);

    public string Combine(string file) => System.IO.Path.Combine(Path, file);

    /// <summary>Empties the folder of an unfinished or forced run so no stale file survives.</summary>
    public void Reset()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        Directory.CreateDirectory(Path);
    }

    /// <param name="dataFingerprint">Identifies the data the run trained on; a rerun on other data redoes the run.</param>
    public void WriteRecord(RunSummary summary, string dataFingerprint)
    {
        var record = new RunRecord(summary.Number, summary.RunId, summary.Status, summary.Seed,
            summary.Parameters.ToDictionary(p => p.Key, p => p.Value), summary.Start, summary.End, summary.Message, dataFingerprint);
        AtomicFile.WriteAllText(RecordFile, JsonSerializer.Serialize(record, Json));
    }

    /// <summary>
    /// Reads a finished run back (record and metrics) for the summary; null when it is not complete, unreadable,
    /// or was trained on other data than <paramref name="dataFingerprint"/>.
    /// </summary>
    public RunSummary? ReadSummary(RunSpec spec, string dataFingerprint)
    {
        if (!IsComplete) return null;
        try
        {
            var record = JsonSerializer.Deserialize<RunRecord>(File.ReadAllText(RecordFile), Json);
            if (record is null || record.Data != dataFingerprint) return null;
            IReadOnlyList<EpochMetrics> epochs = File.Exists(MetricsFile) ? MetricsCsv.Read(MetricsFile) : [];
            return new RunSummary(spec.Number, spec.Id, record.Status, spec.Parameters, spec.Settings.Seed, epochs,
                record.Start, record.End, record.Message);
        }
        catch (Exception e) when (e is JsonException or IOException or FashionLabException)
        {
            return null;
        }
    }

    private sealed record RunRecord(int Number, string Id, RunStatus Status, int Seed, Dictionary<string, string> Parameters,
        DateTimeOffset Start, DateTimeOffset End, string? Message, string? Data);
}
