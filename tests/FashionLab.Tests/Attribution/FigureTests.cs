using FashionLab.Attribution;
using FashionLab.Data;
using FashionLab.Visualization;
using static TorchSharp.torch;

namespace FashionLab.Tests.Attribution;

[Collection("Attribution")]
public sealed class FigureTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"fashionlab-attribution-{Guid.NewGuid():N}");

    [Fact]
    public void Runner_writes_every_file_for_every_applicable_method()
    {
        var model = TinyNets.Preset("gap");
        var report = AttributionRunner.Run(new AttributionRequest(model, Garments(1).Images, "synthetic-0", folder));
        Assert.Equal(3, report.TopPredictions.Count);
        Assert.Equal(report.TopPredictions[0].ClassIndex, report.Target.ClassIndex);
        Assert.Empty(report.Skipped);
        Assert.Equal(MethodRegistry.ApplicableTo(model), report.Methods);
        // Per method heatmap, overlay and CSV; per image the input as seen, the panel and the deletion chart.
        Assert.Equal(report.Methods.Count * 3 + 3, report.WrittenFiles.Count);
        Assert.NotNull(report.IntegratedGradientsCompleteness);
        using (var input = SixLabors.ImageSharp.Image.Load(Path.Combine(folder, "synthetic-0_input.png")))
            Assert.Equal(280, input.Width);
        Assert.All(report.WrittenFiles, f => Assert.True(new FileInfo(f).Length > 100, f));
        var csv = File.ReadAllLines(Path.Combine(folder, "synthetic-0_saliency.csv"));
        Assert.Equal(28, csv.Length);
        Assert.All(csv, line => Assert.Equal(28, line.Split(',').Length));
    }

    [Fact]
    public void Explicit_method_that_does_not_apply_is_an_error()
    {
        var request = new AttributionRequest(TinyNets.Preset("sheet6"), Garments(1).Images, "x", folder, Methods: ["cam"]);
        Assert.Throws<FashionLabException>(() => AttributionRunner.Run(request));
    }

    [Fact]
    public void Run_panel_and_sanity_chart_are_written()
    {
        var model = TinyNets.Preset("sheet6");
        using var test = Garments(20);
        Assert.True(new FileInfo(RunAttributionPanel.WriteRunPanel(model, test, folder)).Length > 1000);
        var sanity = SanityCheck.Run(model, test.Images[..3], ["saliency", "guided_backprop", "gradcam"]);
        string chart = Path.Combine(folder, "sanity.png");
        AttributionFigures.SaveSanityChart(chart, sanity);
        Assert.True(new FileInfo(chart).Length > 1000);
    }

    public void Dispose()
    {
        // Set FASHIONLAB_KEEP_FIGURES to look at the pictures.
        if (Environment.GetEnvironmentVariable("FASHIONLAB_KEEP_FIGURES") is null && Directory.Exists(folder)) Directory.Delete(folder, true);
    }

    /// <summary>Garment-like silhouettes: a bright block whose width and height depend on the class, with a darker centre stripe.</summary>
    private static ImageSet Garments(int count)
    {
        var images = zeros(count, 1, 28, 28);
        var labels = new long[count];
        for (int i = 0; i < count; i++)
        {
            int label = i % 10;
            labels[i] = label;
            int half = 4 + label;
            images[i, 0, TensorIndex.Slice(14 - half, 14 + half), TensorIndex.Slice(8 + label / 2, 20 - label / 2 + 1)] = 0.9f;
            images[i, 0, TensorIndex.Slice(14 - half / 2, 14 + half), TensorIndex.Slice(13, 15)] = 0.3f;
        }
        return new ImageSet("synthetic", images, tensor(labels), FashionMnistClasses.Names);
    }
}
