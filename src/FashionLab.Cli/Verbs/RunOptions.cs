using CommandLine;

namespace FashionLab.Cli.Verbs;

[Verb("run", HelpText = "Run a YAML grid experiment: train every run, write CSV logs, charts and a summary under results/.")]
public sealed class RunOptions : ComputeOptions
{
    [Option('c', "config", Required = true, HelpText = "Experiment YAML file, e.g. configs/quick.yaml.")]
    public string Config { get; set; } = "";

    [Option("results", Default = "results", HelpText = "Folder that holds one subfolder per experiment.")]
    public string Results { get; set; } = "results";

    [Option("force", HelpText = "Redo runs that already finished.")]
    public bool Force { get; set; }
}
