using FashionLab.Cli.Verbs;
using FashionLab.Experiments;
using FashionLab.Reporting;
using FashionLab.Training;
using Spectre.Console;

namespace FashionLab.Cli.Commands;

internal sealed class RunCommand(IAnsiConsole console)
{
    public int Execute(RunOptions options, CancellationToken cancel)
    {
        var config = ExperimentConfigLoader.Load(options.Config);
        var runs = GridSweeper.Expand(config);
        var device = ComputeDevice.Resolve(options.Device);
        console.MarkupLine($"experiment [bold]{Markup.Escape(config.Name)}[/]: {runs.Count} run{(runs.Count == 1 ? "" : "s")} " +
            $"({string.Join(" × ", config.Grid.Select(g => $"{g.Key} {g.Levels.Count}"))}{(config.Grid.Count > 0 ? " × " : "")}{config.Seeds.Count} seed(s)) on {ComputeDevice.Describe(device)}");
        using var data = DataLoading.Load(console, options.DataDir, config.Base.DataOrDefault);

        var observer = new ExperimentConsoleObserver(console);
        var runner = new ExperimentRunner(observer, RunArtifacts.Default);
        var runOptions = new ExperimentRunOptions(options.Results, device, options.Force);
        var summaries = observer.Attach(() => runner.Run(config, data, runOptions, cancel));

        var directory = runner.ExperimentDirectory(config, runOptions);
        PrintTable(summaries);
        var others = Directory.GetDirectories(Path.Combine(directory, "runs")).Length - summaries.Count;
        if (others > 0)
            console.MarkupLine($"[grey]note: runs/ also holds {others} run(s) of other configurations named '{Markup.Escape(config.Name)}'; " +
                "the summary and charts describe this grid only[/]");
        if (ExperimentReport.BestRun(summaries) is { } best)
        {
            var validation = best.FinalValidationAccuracy is { } v ? $"validation accuracy {v:P2}, " : "";
            console.MarkupLine($"best by {ExperimentReport.SelectionMetric(best)} accuracy: {validation}[bold]{best.FinalTestAccuracy:P2}[/] test accuracy " +
                $"({Markup.Escape(ExperimentReport.Label(best))})");
        }
        else
        {
            console.MarkupLine("[red]no run completed[/] (see the status column)");
        }
        console.MarkupLine($"results: [link]{Markup.Escape(Path.GetFullPath(directory))}[/] (summary.csv, report.md, charts; runs/<id>/ per run)");
        return summaries.Any(s => s.Status == RunStatus.Failed) ? FashionLabApp.Failed : FashionLabApp.Ok;
    }

    private void PrintTable(IReadOnlyList<RunSummary> summaries)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("#");
        foreach (var key in summaries.SelectMany(s => s.Parameters.Select(p => p.Key)).Distinct()) table.AddColumn(key);
        table.AddColumn("seed").AddColumn("status").AddColumn("final test acc").AddColumn("best test acc").AddColumn("train acc");
        foreach (var s in summaries)
        {
            table.AddRow([
                s.Number.ToString(), .. s.Parameters.Select(p => Markup.Escape(p.Value)), s.Seed.ToString(),
                s.Status.ToString().ToLowerInvariant(), Percent(s.FinalTestAccuracy), Percent(s.BestTestAccuracy), Percent(s.FinalTrainAccuracy),
            ]);
        }
        console.Write(table);
    }

    private static string Percent(double value) => double.IsNaN(value) ? "–" : value.ToString("P2");
}
