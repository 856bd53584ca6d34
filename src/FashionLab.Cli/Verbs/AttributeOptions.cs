using CommandLine;

namespace FashionLab.Cli.Verbs;

[Verb("attribute", HelpText = "Explain predictions: saliency, Grad-CAM and their family on your own pictures or on test images.")]
public sealed class AttributeOptions : ComputeOptions
{
    [Option("image", Separator = ',', HelpText = "Pictures (PNG/JPEG/BMP/GIF/WebP) or folders of them; several allowed, comma-separated or repeated.")]
    public IEnumerable<string> Images { get; set; } = [];

    [Option("test-index", Separator = ',', HelpText = "Test-set image indices (0–9999), e.g. 17 or 3,17,42.")]
    public IEnumerable<int> TestIndices { get; set; } = [];

    [Option("class", HelpText = "Explain test images of this class (name such as Shirt, or index 0–9); see --count.")]
    public string? Class { get; set; }

    [Option("count", Default = 8, HelpText = "With --class: how many test images of that class.")]
    public int Count { get; set; } = 8;

    [Option("model", HelpText = "Run folder or model.bin (with config.yaml beside it). Default: best run of the latest experiment, else a cached default sheet6 model (trained once).")]
    public string? Model { get; set; }

    [Option("methods", Separator = ',', HelpText = "Methods, comma-separated (default: all that apply to the model).")]
    public IEnumerable<string> Methods { get; set; } = [];

    [Option("target", HelpText = "Class to explain: name or index (default: the predicted class).")]
    public string? Target { get; set; }

    [Option("layer", HelpText = "Layer for Grad-CAM, Grad-CAM++ and guided Grad-CAM, e.g. act1 (default: the last conv block's output).")]
    public string? Layer { get; set; }

    [Option("out", Default = "results/attribution", HelpText = "Output folder.")]
    public string Out { get; set; } = "results/attribution";

    [Option("results", Default = "results", HelpText = "Where to look for the latest experiment.")]
    public string Results { get; set; } = "results";

    [Option("no-invert", HelpText = "Do not invert light-background pictures.")]
    public bool NoInvert { get; set; }

    [Option("no-crop", HelpText = "Do not crop pictures to the garment's bounding box.")]
    public bool NoCrop { get; set; }

    [Option("sanity", HelpText = "Run the model-randomisation sanity check (Adebayo et al. 2018) on test images and chart it.")]
    public bool Sanity { get; set; }
}
