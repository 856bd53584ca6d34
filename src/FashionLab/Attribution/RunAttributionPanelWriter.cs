using FashionLab.Data;
using FashionLab.Experiments;
using FashionLab.Models;

namespace FashionLab.Attribution;

/// <summary>Adds the attribution panel (<see cref="RunAttributionPanel"/>) to every run of a grid.</summary>
public sealed class RunAttributionPanelWriter : IRunArtifactWriter
{
    public void Write(ClassifierNet model, FashionMnist data, RunDirectory directory, RunSpec run) =>
        RunAttributionPanel.WriteRunPanel(model, data.Test, directory.Path);
}
