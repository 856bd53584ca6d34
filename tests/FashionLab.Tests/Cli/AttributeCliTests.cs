using FashionLab.Cli;
using FashionLab.Data;

namespace FashionLab.Tests.Cli;

public sealed class AttributeCliTests : TempDirectoryTest
{
    private static (int Exit, string Output) Run(params string[] args) => CliHarness.Run(args);

    /// <summary>A quickly trained run folder to explain (1 epoch on 1,000 images).</summary>
    private string TrainTinyRun()
    {
        var config = Temp.File("tiny.yaml");
        File.WriteAllText(config, "experiment: attr-tiny\nepochs: 1\ntrain_limit: 1000\ntest_limit: 200\n");
        Assert.Equal(0, Run("run", "--config", config, "--results", Temp.File("results"), "--device", "cpu").Exit);
        return Directory.GetDirectories(Temp.File("results/attr-tiny/runs")).Single();
    }

    [Fact]
    public void Pictures_and_test_images_are_explained_and_a_bad_file_does_not_stop_the_others()
    {
        var run = TrainTinyRun();
        Assert.True(File.Exists(Path.Combine(run, "attribution.png")), "every run writes an attribution panel");
        File.WriteAllText(Temp.File("notes.png"), "not a picture");
        var example = Path.Combine(Experiments.ConfigTests.RepositoryRoot(), "data", "examples", "tshirt.png");
        var output = Temp.File("out");

        var (exit, text) = Run("attribute", "--model", run, "--image", $"{Temp.File("notes.png")},{example}",
            "--test-index", "17", "--methods", "saliency,gradcam,integrated_gradients", "--out", output, "--device", "cpu");

        Assert.Equal(FashionLabApp.Failed, exit);
        Assert.Contains($"error: {Temp.File("notes.png")}: not an image (unknown format)", text);
        Assert.Contains("test image 17 (true class: Coat): ", text);
        Assert.Contains("integrated gradients: sum of attributions", text);
        foreach (var file in new[] { "tshirt_input.png", "tshirt_panel.png", "tshirt_gradcam_overlay.png", "tshirt_saliency.csv", "test-17_panel.png" })
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        Assert.False(File.Exists(Path.Combine(output, "notes_panel.png")));
    }

    [Theory]
    [InlineData("attribute", "error: attribute: give --image, --test-index, --class or --sanity (see --help)")]
    [InlineData("attribute --class Jacket", "error: unknown class 'Jacket'; valid: 0–9 or T-shirt/top, Trouser, Pullover, Dress, Coat, Sandal, Shirt, Sneaker, Bag, Ankle boot")]
    [InlineData("attribute --test-index 3 --methods saliency,lime", "error: unknown attribution method 'lime'")]
    [InlineData("attribute --sanity --model /nonexistent/run", "error: /nonexistent/run: no model weights (model.bin) found")]
    public void Bad_arguments_are_one_line_errors(string commandLine, string expectedStart)
    {
        var (exit, output) = Run(commandLine.Split(' '));
        Assert.Equal(FashionLabApp.Failed, exit);
        Assert.StartsWith(expectedStart, output.Trim());
        Assert.Single(output.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("Shirt", 6)]
    [InlineData("shirt", 6)]
    [InlineData("t-shirt", 0)]
    [InlineData("ankle", 9)]
    [InlineData("3", 3)]
    public void Class_names_parse_case_insensitively(string text, int expected) => Assert.Equal(expected, FashionMnistClasses.Parse(text));
}
