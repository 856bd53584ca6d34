using FashionLab.Cli.Verbs;
using FashionLab.Data;
using Spectre.Console;

namespace FashionLab.Cli.Commands;

internal sealed class DownloadCommand(IAnsiConsole console)
{
    public int Execute(DownloadOptions options, CancellationToken cancel)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var downloader = new DatasetDownloader(http);
        var progress = new Progress<string>(line => console.WriteLine(line));
        var files = downloader.DownloadAsync(options.Out, options.Mirror, progress, cancel).GetAwaiter().GetResult();
        foreach (var file in files) console.MarkupLine($"[green]verified[/] {Markup.Escape(file.Path)}");
        return FashionLabApp.Ok;
    }
}
