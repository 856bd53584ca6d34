using System.Reflection;
using FashionLab.Cli.Verbs;
using FashionLab.Data;
using FashionLab.Training;
using Spectre.Console;
using static TorchSharp.torch;

namespace FashionLab.Cli.Commands;

internal sealed class InfoCommand(IAnsiConsole console)
{
    public int Execute(InfoOptions options)
    {
        var device = ComputeDevice.Resolve(options.Device);
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumn("").AddColumn("");
        table.AddRow("fashionlab", Version(typeof(FashionMnist).Assembly));
        table.AddRow("TorchSharp", Version(typeof(TorchSharp.torch).Assembly));
        table.AddRow(".NET", Environment.Version.ToString());
        table.AddRow("device", Markup.Escape(ComputeDevice.Describe(device)));
        table.AddRow("CUDA available", cuda.is_available() ? "yes" : "no");
        table.AddRow("CPU cores", Environment.ProcessorCount.ToString());
        table.AddRow("allocator", Environment.GetEnvironmentVariable("LD_PRELOAD")?.Contains("tcmalloc") == true ? "tcmalloc" : "glibc malloc (install libtcmalloc-minimal4 and use ./fashionlab for speed)");
        int exit = FashionLabApp.Ok;
        try
        {
            var location = DataLocator.Locate(options.DataDir);
            table.AddRow("data", Markup.Escape($"{location.Directory} ({location.Origin})"));
            using var data = FashionMnist.Load(location);
            foreach (var file in data.Verification)
            {
                table.AddRow(Markup.Escape(Path.GetFileName(file.Path)),
                    file.Verified ? $"[green]verified[/] md5 {file.Md5}" : $"[red]checksum mismatch[/] md5 {file.Md5}, expected {file.ExpectedMd5}");
            }
            table.AddRow("images", $"{data.Train.Count} train, {data.Test.Count} test, classes: {Markup.Escape(string.Join(", ", FashionMnist.ClassNames))}");
        }
        catch (FashionLabException e)
        {
            table.AddRow("data", $"[red]{Markup.Escape(e.Message)}[/]");
            exit = FashionLabApp.Failed;
        }
        console.Write(table);
        return exit;
    }

    private static string Version(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? assembly.GetName().Version?.ToString() ?? "?";
}
