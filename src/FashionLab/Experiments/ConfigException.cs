namespace FashionLab.Experiments;

/// <summary>A config file problem, reported as file:line:column: message.</summary>
public sealed class ConfigException(string file, long line, long column, string problem)
    : FashionLabException($"{file}:{line}:{column}: {problem}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
    public string Problem { get; } = problem;
}
