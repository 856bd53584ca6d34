namespace FashionLab.Tests;

/// <summary>A fresh directory under the system temp folder, deleted with its contents on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("fashionlab-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Temporary files that <c>AtomicFile</c> left behind, anywhere below this directory.</summary>
    public IReadOnlyList<string> LeftoverTempFiles() => Directory.GetFiles(Path, "*.tmp", SearchOption.AllDirectories);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
