using FashionLab.Cli;
using Spectre.Console;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl+C stops after the current batch; a second one kills the process.
    if (cancel.IsCancellationRequested) return;
    e.Cancel = true;
    cancel.Cancel();
};
var console = AnsiConsole.Console;
// Log files and CI get whole lines instead of lines wrapped at 80 columns.
if (Console.IsOutputRedirected) console.Profile.Width = 1000;
return new FashionLabApp(console).Run(args, cancel.Token);
