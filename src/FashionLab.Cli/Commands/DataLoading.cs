using FashionLab.Data;
using Spectre.Console;

namespace FashionLab.Cli.Commands;

internal static class DataLoading
{
    /// <summary>Finds and loads the dataset, telling the user where it came from and warning when it does not verify.</summary>
    public static FashionMnist Load(IAnsiConsole console, string? dataDir, DataSplitOptions split)
    {
        var location = DataLocator.Locate(dataDir);
        var data = FashionMnist.Load(location, split);
        console.MarkupLine($"data: [bold]{Markup.Escape(location.Directory)}[/] ({Markup.Escape(location.Origin)}), " +
            $"{data.Train.Count} train / {data.Validation?.Count ?? 0} validation / {data.Test.Count} test images" +
            (data.Verified ? ", checksums verified" : ""));
        if (!data.Verified)
            console.MarkupLine("[yellow]warning:[/] the data's checksums do not match Fashion-MNIST; results may not be comparable");
        return data;
    }
}
