using FashionLab.Training;

namespace FashionLab.Reporting;

/// <summary>
/// A run's per-epoch metrics as CSV (<c>metrics.csv</c>): one row per epoch, invariant culture, doubles at
/// round-trip precision so that reading the file back gives exactly the values that were written.
/// </summary>
public static class MetricsCsv
{
    public const string FileName = "metrics.csv";

    public static IReadOnlyList<string> Columns { get; } =
    [
        "epoch", "train_loss", "train_accuracy", "test_loss", "test_accuracy", "validation_loss",
        "validation_accuracy", "learning_rate", "seconds", "images_per_second",
    ];

    public static void Write(string path, IReadOnlyList<EpochMetrics> epochs) =>
        CsvTable.Write(path, Columns, epochs.Select(e => new[]
        {
            CsvTable.Format(e.Epoch),
            CsvTable.Format(e.TrainLoss),
            CsvTable.Format(e.TrainAccuracy),
            CsvTable.Format(e.TestLoss),
            CsvTable.Format(e.TestAccuracy),
            CsvTable.Format(e.ValidationLoss),
            CsvTable.Format(e.ValidationAccuracy),
            CsvTable.Format(e.LearningRate),
            CsvTable.Format(e.Seconds),
            CsvTable.Format(e.ImagesPerSecond),
        }));

    public static IReadOnlyList<EpochMetrics> Read(string path) =>
    [
        .. CsvTable.Read(path).Select(row => new EpochMetrics(
            CsvTable.ParseInt(row["epoch"]),
            CsvTable.ParseDouble(row["train_loss"]),
            CsvTable.ParseDouble(row["train_accuracy"]),
            CsvTable.ParseDouble(row["test_loss"]),
            CsvTable.ParseDouble(row["test_accuracy"]),
            CsvTable.ParseNullableDouble(row["validation_loss"]),
            CsvTable.ParseNullableDouble(row["validation_accuracy"]),
            CsvTable.ParseDouble(row["learning_rate"]),
            CsvTable.ParseDouble(row["seconds"]),
            CsvTable.ParseDouble(row["images_per_second"]))),
    ];
}
