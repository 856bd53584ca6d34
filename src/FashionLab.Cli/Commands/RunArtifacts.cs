using FashionLab.Attribution;
using FashionLab.Experiments;

namespace FashionLab.Cli.Commands;

/// <summary>The extra per-run outputs the CLI asks for.</summary>
internal static class RunArtifacts
{
    public static IReadOnlyList<IRunArtifactWriter> Default { get; } = [new RunAttributionPanelWriter()];
}
