using FashionLab.Reporting;
using ScottPlot;

namespace FashionLab.Visualization;

/// <summary>The one place a chart becomes a file: rendered to PNG in memory and written through <see cref="AtomicFile"/>.</summary>
internal static class ChartFile
{
    public static void SavePng(Plot plot, string path, int width = ChartStyle.Width, int height = ChartStyle.Height)
    {
        using (plot)
        {
            ChartStyle.UseSansFont(plot);
            AtomicFile.WriteAllBytes(path, plot.GetImageBytes(width, height, ImageFormat.Png));
        }
    }
}
