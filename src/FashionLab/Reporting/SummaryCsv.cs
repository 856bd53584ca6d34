using System.Globalization;
using FashionLab.Experiments;

namespace FashionLab.Reporting;

/// <summary>
/// An experiment's summary as CSV (<c>summary.csv</c>), one row per run, shaped like Optuna's trial table:
/// number, run id, status, one column per grid parameter, then the run's results and timing.
/// </summary>
public static class SummaryCsv
{
    public const string FileName = "summary.csv";

    private static readonly string[] LeadingColumns = ["number", "run_id", "status"];

    private static readonly string[] TrailingColumns =
    [
        "seed", "final_test_accuracy", "best_test_accuracy", "best_epoch", "final_validation_accuracy", "final_train_accuracy",
        "final_train_loss", "final_test_loss", "epochs", "start", "end", "duration_s", "message",
    ];

    /// <summary>
    /// The header for these runs: the parameter columns are the union of the runs' parameter names in first-seen
    /// order. A parameter named like a fixed column (say a grid over "seed") gets a "params_" prefix, as in Optuna.
    /// </summary>
    public static IReadOnlyList<string> Columns(IReadOnlyList<RunSummary> runs) =>
        [.. LeadingColumns, .. ParameterNames(runs).Select(ColumnName), .. TrailingColumns];

    public static void Write(string path, IReadOnlyList<RunSummary> runs)
    {
        var parameters = ParameterNames(runs);
        CsvTable.Write(path, Columns(runs), runs.Select(run => Row(run, parameters)));
    }

    /// <summary>The rows as written: column name → field text, empty where a value is missing.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path) => CsvTable.Read(path);

    private static IReadOnlyList<string> ParameterNames(IReadOnlyList<RunSummary> runs) =>
        [.. runs.SelectMany(run => run.Parameters.Select(p => p.Key)).Distinct()];

    private static string ColumnName(string parameter) =>
        LeadingColumns.Contains(parameter) || TrailingColumns.Contains(parameter) ? $"params_{parameter}" : parameter;

    private static string?[] Row(RunSummary run, IReadOnlyList<string> parameters)
    {
        var hasEpochs = run.Epochs.Count > 0;
        return
        [
            CsvTable.Format(run.Number),
            run.RunId,
            run.Status.ToString().ToLowerInvariant(),
            .. parameters.Select(name => run.Parameters.FirstOrDefault(p => p.Key == name).Value),
            CsvTable.Format(run.Seed),
            // A run that failed before its first epoch has no results: empty fields rather than NaN.
            hasEpochs ? CsvTable.Format(run.FinalTestAccuracy) : null,
            hasEpochs ? CsvTable.Format(run.BestTestAccuracy) : null,
            hasEpochs ? CsvTable.Format(run.BestEpoch) : null,
            CsvTable.Format(run.FinalValidationAccuracy),
            hasEpochs ? CsvTable.Format(run.FinalTrainAccuracy) : null,
            hasEpochs ? CsvTable.Format(run.FinalTrainLoss) : null,
            hasEpochs ? CsvTable.Format(run.FinalTestLoss) : null,
            CsvTable.Format(run.Epochs.Count),
            run.Start.ToString("O", CultureInfo.InvariantCulture),
            run.End.ToString("O", CultureInfo.InvariantCulture),
            CsvTable.Format(run.DurationSeconds),
            run.Message,
        ];
    }
}
