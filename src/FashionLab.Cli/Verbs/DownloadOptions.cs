using CommandLine;

namespace FashionLab.Cli.Verbs;

[Verb("download", HelpText = "Download Fashion-MNIST from the official mirror into data/fashion-mnist/ and verify it.")]
public sealed class DownloadOptions
{
    [Option("out", Default = "data/fashion-mnist", HelpText = "Target folder.")]
    public string Out { get; set; } = "data/fashion-mnist";

    [Option("mirror", HelpText = "Base URL of the mirror (default: the official Fashion-MNIST mirror).")]
    public string? Mirror { get; set; }
}
