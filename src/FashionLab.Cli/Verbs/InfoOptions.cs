using CommandLine;

namespace FashionLab.Cli.Verbs;

[Verb("info", HelpText = "Show where the data was found and whether it verified, the device, threads and versions.")]
public sealed class InfoOptions : ComputeOptions;
