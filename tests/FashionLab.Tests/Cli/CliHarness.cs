using FashionLab.Cli;
using Spectre.Console;

namespace FashionLab.Tests.Cli;

/// <summary>Drives the CLI in-process with a plain, wide, non-interactive console, capturing what it prints.</summary>
internal static class CliHarness
{
    public static (int Exit, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 1000;
        return (new FashionLabApp(console).Run(args), writer.ToString());
    }
}
