using FashionLab.Data;
using FashionLab.Models;

namespace FashionLab.Experiments;

/// <summary>Writes an extra file into a finished run's folder from its trained model (e.g. an attribution panel).</summary>
public interface IRunArtifactWriter
{
    void Write(ClassifierNet model, FashionMnist data, RunDirectory directory, RunSpec run);
}
