namespace FashionLab.Data;

/// <summary>Where the dataset was found and why that place was chosen.</summary>
public sealed record DataLocation(string Directory, string Origin);

/// <summary>
/// Finds the Fashion-MNIST files. First found wins: an explicit directory (--data-dir), the FASHIONLAB_DATA
/// environment variable, data/fashion-mnist/ under the working directory, then the Debian package's folder.
/// An explicit directory or environment variable that lacks the files is an error, not a silent fallback.
/// </summary>
public static class DataLocator
{
    public const string EnvironmentVariable = "FASHIONLAB_DATA";
    public const string DebianDirectory = "/usr/share/datasets/fashion-mnist";
    public static string LocalDirectory => Path.Combine("data", "fashion-mnist");

    public static DataLocation Locate(string? explicitDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory)) return Require(explicitDirectory, "--data-dir");
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Require(fromEnvironment, $"${EnvironmentVariable}");
        foreach (var (directory, origin) in new[] { (LocalDirectory, "data/fashion-mnist"), (DebianDirectory, "Debian package dataset-fashion-mnist") })
        {
            if (HasAllFiles(directory)) return new DataLocation(Path.GetFullPath(directory), origin);
        }
        throw new FashionLabException(
            "Fashion-MNIST not found: run `fashionlab download`, or `sudo apt-get install dataset-fashion-mnist`, " +
            $"or pass --data-dir / set {EnvironmentVariable} to a folder with the four IDX files");
    }

    public static bool HasAllFiles(string directory) =>
        Directory.Exists(directory) && DatasetFile.All.All(f => f.FindIn(directory) is not null);

    private static DataLocation Require(string directory, string origin)
    {
        if (File.Exists(directory)) throw new FashionLabException($"{origin}: {directory} is a file, not a folder");
        if (!Directory.Exists(directory)) throw new FashionLabException($"{origin}: folder {directory} does not exist");
        var missing = DatasetFile.All.Where(f => f.FindIn(directory) is null).Select(f => f.Name).ToList();
        if (missing.Count > 0)
            throw new FashionLabException($"{origin}: {directory} lacks {string.Join(", ", missing)} (.gz or raw)");
        return new DataLocation(Path.GetFullPath(directory), origin);
    }
}
