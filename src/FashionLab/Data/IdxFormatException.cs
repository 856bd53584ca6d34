namespace FashionLab.Data;

/// <summary>A dataset file that is not a valid IDX file of the expected kind.</summary>
public sealed class IdxFormatException(string file, string problem)
    : FashionLabException($"{file}: {problem}")
{
    public string File { get; } = file;
    public string Problem { get; } = problem;
}
