using CommandLine;
using CommandLine.Text;
using FashionLab.Cli.Commands;
using FashionLab.Cli.Verbs;
using Spectre.Console;

namespace FashionLab.Cli;

/// <summary>Parses the command line, dispatches to a verb, and maps errors to one line and an exit code.</summary>
public sealed class FashionLabApp(IAnsiConsole console)
{
    public const int Ok = 0, Failed = 1, UsageError = 2, Interrupted = 130;

    public int Run(string[] args, CancellationToken cancel = default)
    {
        using var parser = new Parser(settings =>
        {
            settings.HelpWriter = null;
            settings.CaseInsensitiveEnumValues = true;
        });
        var parsed = parser.ParseArguments<RunOptions, AttributeOptions, InfoOptions, DownloadOptions, BenchOptions>(args);
        try
        {
            return parsed.MapResult(
                (RunOptions o) => new RunCommand(console).Execute(o, cancel),
                (AttributeOptions o) => new AttributeCommand(console).Execute(o, cancel),
                (InfoOptions o) => new InfoCommand(console).Execute(o),
                (DownloadOptions o) => new DownloadCommand(console).Execute(o, cancel),
                (BenchOptions o) => new BenchCommand(console).Execute(o, cancel),
                errors => Usage(parsed, errors));
        }
        catch (FashionLabException e)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return Failed;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]interrupted:[/] what had finished is kept; rerun the same command to continue");
            return Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unwritable or misplaced output paths: the OS message names the path.
            console.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return Failed;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("FASHIONLAB_DEBUG") is null)
        {
            console.MarkupLine($"[red]internal error:[/] {Markup.Escape(e.GetType().Name)}: {Markup.Escape(e.Message.Split('\n')[0])} " +
                "(set FASHIONLAB_DEBUG=1 for the stack trace)");
            return Failed;
        }
    }

    private int Usage<T>(ParserResult<T> parsed, IEnumerable<Error> errors)
    {
        var list = errors.ToList();
        bool askedForHelp = list.Any(e => e.Tag is ErrorType.HelpRequestedError or ErrorType.HelpVerbRequestedError or ErrorType.VersionRequestedError);
        var help = HelpText.AutoBuild(parsed, h =>
        {
            h.AdditionalNewLineAfterOption = false;
            h.Heading = "fashionlab — neural network experiments on Fashion-MNIST";
            h.Copyright = "";
            h.AddDashesToOption = true;
            h.AutoVersion = false;
            return h;
        }, e => e, verbsIndex: true);
        if (list.Any(e => e.Tag == ErrorType.VersionRequestedError))
        {
            console.WriteLine(typeof(FashionLabApp).Assembly.GetName().Version?.ToString(3) ?? "?");
            return Ok;
        }
        if (askedForHelp)
        {
            console.WriteLine(help.ToString());
            return Ok;
        }
        var first = list.FirstOrDefault();
        string message = first switch
        {
            MissingRequiredOptionError m => $"missing required option --{m.NameInfo.LongName}",
            UnknownOptionError u => $"unknown option '{u.Token}'",
            BadVerbSelectedError b => $"unknown command '{b.Token}'; commands: run, attribute, info, download, bench",
            NoVerbSelectedError => "no command given; commands: run, attribute, info, download, bench",
            BadFormatConversionError f => $"option --{f.NameInfo.LongName}: bad value",
            MissingValueOptionError v => $"option --{v.NameInfo.LongName} needs a value",
            _ => $"invalid arguments ({first?.Tag})",
        };
        console.MarkupLine($"[red]error:[/] {Markup.Escape(message)} (see --help)");
        return UsageError;
    }
}
