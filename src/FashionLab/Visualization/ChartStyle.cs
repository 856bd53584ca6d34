using ScottPlot;
using ScottPlot.TickGenerators;

namespace FashionLab.Visualization;

/// <summary>The look every FashionLab chart shares: default size, font and font sizes, so charts read alike side by side.</summary>
internal static class ChartStyle
{
    public const int Width = 900;
    public const int Height = 600;

    public const float TitleSize = 20;
    public const float AxisLabelSize = 16;
    public const float TickLabelSize = 14;
    public const float LegendSize = 14;

    /// <summary>For legends with many entries (one per run).</summary>
    public const float SmallLegendSize = 12;

    // ScottPlot's own detection settles on a serif font on minimal Linux images; take the first common sans-serif
    // font that is installed, or leave ScottPlot's choice when none is.
    private static readonly string? SansFont =
        new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Noto Sans" }
            .FirstOrDefault(name => Fonts.GetTypeface(name, bold: false, italic: false)?.FamilyName == name);

    /// <summary>A plot with its title, axis labels and the shared font sizes.</summary>
    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title, TitleSize);
        plot.Axes.Title.FullFigureCenter = true;
        plot.XLabel(xLabel, AxisLabelSize);
        plot.YLabel(yLabel, AxisLabelSize);
        foreach (var axis in plot.Axes.GetAxes()) axis.TickLabelStyle.FontSize = TickLabelSize;
        plot.Legend.FontSize = LegendSize;
        return plot;
    }

    /// <summary>Sets the shared sans-serif font on everything in the plot; called just before rendering.</summary>
    public static void UseSansFont(Plot plot)
    {
        if (SansFont is { } font) plot.Font.Set(font);
    }

    /// <summary>Epochs are whole numbers: no "2.5" ticks, no minor ticks between epochs.</summary>
    public static void UseIntegerTicks(IAxis axis)
    {
        axis.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        axis.MinorTickStyle.Length = 0;
    }

    /// <summary>Ticks at 0, 1, 2, … labelled with category names, for categorical axes.</summary>
    public static void UseCategoryTicks(IAxis axis, IReadOnlyList<string> labels) =>
        axis.SetTicks([.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);

    /// <summary>Accuracies are stored as fractions and shown as percentages.</summary>
    public static double Percent(double fraction) => 100 * fraction;
}
