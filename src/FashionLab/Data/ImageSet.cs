using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Data;

/// <summary>
/// A set of labelled 28×28 grayscale images held as tensors: images [N, 1, 28, 28] float32 in [0, 1]
/// (normalisation lives in the model), labels [N] int64.
/// </summary>
public sealed class ImageSet : IDisposable
{
    public ImageSet(string name, Tensor images, Tensor labels, IReadOnlyList<string> classNames)
    {
        if (images.shape.Length != 4 || images.shape[0] != labels.shape[0])
            throw new ArgumentException($"images {string.Join('×', images.shape)} do not match labels {string.Join('×', labels.shape)}");
        Name = name;
        Images = images;
        Labels = labels;
        ClassNames = classNames;
    }

    public string Name { get; }
    public Tensor Images { get; }
    public Tensor Labels { get; }
    public IReadOnlyList<string> ClassNames { get; }
    public int Count => (int)Images.shape[0];

    /// <summary>Builds a set from raw IDX bytes (pixels 0..255, divided by 255 so that white is exactly 1).</summary>
    public static ImageSet FromBytes(string name, byte[] pixels, byte[] labels, int height, int width, IReadOnlyList<string> classNames)
    {
        using var raw = tensor(pixels, [labels.Length, 1, height, width], ScalarType.Byte);
        var images = raw.to_type(ScalarType.Float32).div_(255f);
        using var rawLabels = tensor(labels, [labels.Length], ScalarType.Byte);
        return new ImageSet(name, images, rawLabels.to_type(ScalarType.Int64), classNames);
    }

    /// <summary>A view of <paramref name="count"/> images starting at <paramref name="start"/> (no copy).</summary>
    public ImageSet Slice(string name, int start, int count)
    {
        if (start < 0 || count <= 0 || start + count > Count)
            throw new ArgumentOutOfRangeException(nameof(count), $"slice {start}+{count} outside {Name} set of {Count}");
        return new ImageSet(name, Images.narrow(0, start, count), Labels.narrow(0, start, count), ClassNames);
    }

    public string ClassName(long label) => ClassNames[(int)label];

    /// <summary>Index of the first image of each class present, in class order: a fixed, comparable sample.</summary>
    public IReadOnlyList<int> FirstIndexOfEachClass()
    {
        var labels = Labels.data<long>().ToArray();
        return [.. Enumerable.Range(0, ClassNames.Count).Select(c => Array.IndexOf(labels, (long)c)).Where(i => i >= 0)];
    }

    public void Dispose()
    {
        Images.Dispose();
        Labels.Dispose();
    }
}
