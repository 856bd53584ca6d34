namespace FashionLab.Tests;

/// <summary>Base of tests that write files: each test gets a fresh temporary directory, deleted afterwards.</summary>
public abstract class TempDirectoryTest : IDisposable
{
    protected TempDirectory Temp { get; } = new();

    public void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
