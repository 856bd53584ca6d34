using CommandLine;

namespace FashionLab.Cli.Verbs;

/// <summary>Options of every verb that computes.</summary>
public abstract class ComputeOptions
{
    [Option("device", Default = "auto", HelpText = "auto | cpu | cuda (auto picks CUDA when available).")]
    public string Device { get; set; } = "auto";

    [Option("data-dir", HelpText = "Folder with the four Fashion-MNIST IDX files (.gz or raw). Default: $FASHIONLAB_DATA, data/fashion-mnist/, /usr/share/datasets/fashion-mnist/.")]
    public string? DataDir { get; set; }
}
