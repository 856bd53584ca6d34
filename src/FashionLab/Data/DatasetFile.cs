namespace FashionLab.Data;

/// <summary>One of the four Fashion-MNIST files, with the MD5 of its unpacked content (the same for every mirror).</summary>
public sealed record DatasetFile(string Name, string UnpackedMd5)
{
    public static DatasetFile TrainImages { get; } = new("train-images-idx3-ubyte", "f4a8712d7a061bf5bd6d2ca38dc4d50a");
    public static DatasetFile TrainLabels { get; } = new("train-labels-idx1-ubyte", "9018921c3c673c538a1fc5bad174d6f9");
    public static DatasetFile TestImages { get; } = new("t10k-images-idx3-ubyte", "8181f5470baa50b63fa0f6fddb340f0a");
    public static DatasetFile TestLabels { get; } = new("t10k-labels-idx1-ubyte", "15d484375f8d13e6eb1aabb0c3f46965");

    public static IReadOnlyList<DatasetFile> All { get; } = [TrainImages, TrainLabels, TestImages, TestLabels];

    /// <summary>The file's path in <paramref name="directory"/>: the gzip version if present, else the raw one, else null.</summary>
    public string? FindIn(string directory)
    {
        foreach (var candidate in new[] { Name + ".gz", Name })
        {
            var path = Path.Combine(directory, candidate);
            if (File.Exists(path)) return path;
        }
        return null;
    }
}
