using FashionLab.Data;
using FashionLab.Visualization;
using ScottPlot;
using SixLabors.ImageSharp.PixelFormats;
using Text = ScottPlot.Plottables.Text;

namespace FashionLab.Tests.Visualization;

public sealed class ConfusionMatrixChartTests : TempDirectoryTest
{
    // 3 classes, 20 images: 15 on the diagonal.
    private static readonly int[,] Known = { { 8, 2, 0 }, { 1, 4, 0 }, { 0, 2, 3 } };
    private static readonly string[] Names = ["Cat", "Dog", "Bird"];

    [Fact]
    public void Accuracy_is_the_diagonal_over_the_total()
    {
        Assert.Equal(0.75, ConfusionMatrixChart.Accuracy(Known));
    }

    [Fact]
    public void Each_cell_shows_its_count_with_true_classes_top_to_bottom()
    {
        using var plot = ConfusionMatrixChart.Build(Known, Names, "Test set");

        Assert.Equal("Test set (accuracy 75.00 %)", plot.Axes.Title.Label.Text);
        Assert.Equal("Predicted class", plot.Axes.Bottom.Label.Text);
        Assert.Equal("True class", plot.Axes.Left.Label.Text);
        var cells = plot.GetPlottables<Text>().ToDictionary(t => (t.Location.X, t.Location.Y), t => t.LabelText);
        Assert.Equal(9, cells.Count);
        Assert.Equal("8", cells[(0, 2)]); // true Cat, predicted Cat: top left
        Assert.Equal("2", cells[(1, 2)]); // true Cat, predicted Dog
        Assert.Equal("3", cells[(2, 0)]); // true Bird, predicted Bird: bottom right
        plot.RenderInMemory(ConfusionMatrixChart.Width, ConfusionMatrixChart.Height); // ticks are generated on render
        Assert.Equal(["Cat", "Dog", "Bird"], plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label));
        Assert.Equal(
            ["Cat", "Dog", "Bird"],
            plot.Axes.Left.TickGenerator.Ticks.OrderByDescending(t => t.Position).Select(t => t.Label));
    }

    [Fact]
    public void Cells_with_more_images_are_darker_and_their_text_contrasts()
    {
        using var plot = ConfusionMatrixChart.Build(Known, Names, "Test set");
        var png = plot.GetImageBytes(ConfusionMatrixChart.Width, ConfusionMatrixChart.Height, ImageFormat.Png);
        using var image = SixLabors.ImageSharp.Image.Load<Rgb24>(png);

        // Sample off-centre, away from the count text.
        double Brightness(int truth, int predicted)
        {
            var pixel = plot.GetPixel(new Coordinates(predicted + 0.35, 2 - truth + 0.35));
            var c = image[(int)pixel.X, (int)pixel.Y];
            return 0.299 * c.R + 0.587 * c.G + 0.114 * c.B;
        }

        Assert.True(Brightness(0, 0) < Brightness(0, 1));
        Assert.True(Brightness(0, 1) < Brightness(0, 2));
        Assert.True(Brightness(0, 2) > 240); // an empty cell is near white
        var texts = plot.GetPlottables<Text>().ToList();
        Assert.Equal(Colors.White, texts.Single(t => t.LabelText == "8").LabelFontColor);
        Assert.Equal(Colors.Black, texts.First(t => t.LabelText == "0").LabelFontColor);
    }

    [Fact]
    public void Fashion_mnist_matrix_is_written_as_a_900_by_800_png()
    {
        var counts = new int[10, 10];
        for (var i = 0; i < 10; i++) counts[i, i] = 900 + i;
        var path = Temp.File(ConfusionMatrixChart.FileName);

        ConfusionMatrixChart.Write(path, counts, FashionMnistClasses.Names, "Test set");

        PngAssert.IsPng(path, 900, 800);
        Assert.Empty(Temp.LeftoverTempFiles());
    }

    [Fact]
    public void A_matrix_that_does_not_match_the_class_count_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => ConfusionMatrixChart.Build(new int[2, 2], Names, "x"));
    }

    [Theory]
    [InlineData(8, 48, 107, "White")]
    [InlineData(247, 251, 255, "Black")]
    public void Text_colour_contrasts_with_the_cell(byte r, byte g, byte b, string expected)
    {
        var color = ConfusionMatrixChart.TextColorOn(new Color(r, g, b));

        Assert.Equal(expected == "White" ? Colors.White : Colors.Black, color);
    }
}
