namespace FashionLab.Data;

/// <summary>Result of checking one file's unpacked content against the known Fashion-MNIST checksum.</summary>
public sealed record FileVerification(string Path, string Md5, string ExpectedMd5)
{
    public bool Verified => string.Equals(Md5, ExpectedMd5, StringComparison.OrdinalIgnoreCase);
}

/// <summary>How to split the data: an optional validation set taken from the end of the training set,
/// and optional limits for quick experiments.</summary>
public sealed record DataSplitOptions(int ValidationCount = 0, int TrainLimit = 0, int TestLimit = 0);

/// <summary>The Fashion-MNIST dataset: training, optional validation, and test sets, plus where it came from.</summary>
public sealed class FashionMnist : IDisposable
{
    public const int ImageSize = 28;
    /// <summary>Mean and standard deviation of the 60,000 training pixels in [0, 1], used by the models' normalisation layer.</summary>
    public const float PixelMean = 0.2860406f;
    public const float PixelStd = 0.3530242f;

    private readonly ImageSet fullTrain;

    private FashionMnist(ImageSet fullTrain, ImageSet train, ImageSet? validation, ImageSet test,
        DataLocation location, IReadOnlyList<FileVerification> verification)
    {
        this.fullTrain = fullTrain;
        Train = train;
        Validation = validation;
        Test = test;
        Location = location;
        Verification = verification;
    }

    public ImageSet Train { get; }
    public ImageSet? Validation { get; }
    public ImageSet Test { get; }
    public DataLocation Location { get; }
    public IReadOnlyList<FileVerification> Verification { get; }
    public bool Verified => Verification.All(v => v.Verified);

    /// <summary>Short hash of the four files' unpacked content: the same for every copy of the same data.</summary>
    public string Fingerprint => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.ASCII.GetBytes(string.Join(",", Verification.Select(v => v.Md5)))))[..16];
    public static IReadOnlyList<string> ClassNames => FashionMnistClasses.Names;

    public static FashionMnist Load(DataLocation location, DataSplitOptions? split = null)
    {
        split ??= new DataSplitOptions();
        string PathOf(DatasetFile file) => file.FindIn(location.Directory)
            ?? throw new FashionLabException($"{location.Directory}: {file.Name} (.gz or raw) is missing");

        var files = DatasetFile.All.Select(PathOf).ToArray();
        var trainImages = IdxReader.ReadImages(files[0], ImageSize, ImageSize);
        var trainLabels = IdxReader.ReadLabels(files[1], FashionMnistClasses.Count);
        var testImages = IdxReader.ReadImages(files[2], ImageSize, ImageSize);
        var testLabels = IdxReader.ReadLabels(files[3], FashionMnistClasses.Count);
        RequireSameCount(files[0], trainImages, files[1], trainLabels);
        RequireSameCount(files[2], testImages, files[3], testLabels);

        var verification = new[] { trainImages, trainLabels, testImages, testLabels }
            .Select((content, i) => new FileVerification(files[i], content.Md5, DatasetFile.All[i].UnpackedMd5))
            .ToList();

        var fullTrain = ImageSet.FromBytes("train", trainImages.Data, trainLabels.Data, ImageSize, ImageSize, ClassNames);
        var test = ImageSet.FromBytes("test", testImages.Data, testLabels.Data, ImageSize, ImageSize, ClassNames);
        var (train, validation) = Split(fullTrain, split);
        if (split.TestLimit > 0 && split.TestLimit < test.Count) test = test.Slice("test", 0, split.TestLimit);
        return new FashionMnist(fullTrain, train, validation, test, location, verification);
    }

    /// <summary>A smaller view of this dataset (no copy): the first training and test images, without validation.</summary>
    public FashionMnist Subset(int trainCount, int testCount)
    {
        var train = Train.Slice("train", 0, Math.Min(trainCount, Train.Count));
        return new FashionMnist(train, train, null, Test.Slice("test", 0, Math.Min(testCount, Test.Count)), Location, Verification);
    }

    private static (ImageSet Train, ImageSet? Validation) Split(ImageSet fullTrain, DataSplitOptions split)
    {
        if (split.ValidationCount < 0 || split.ValidationCount >= fullTrain.Count)
            throw new FashionLabException($"validation: {split.ValidationCount} must be between 0 and {fullTrain.Count - 1}");
        int trainCount = fullTrain.Count - split.ValidationCount;
        var validation = split.ValidationCount > 0 ? fullTrain.Slice("validation", trainCount, split.ValidationCount) : null;
        if (split.TrainLimit > 0) trainCount = Math.Min(trainCount, split.TrainLimit);
        return (fullTrain.Slice("train", 0, trainCount), validation);
    }

    private static void RequireSameCount(string imagesPath, IdxContent images, string labelsPath, IdxContent labels)
    {
        if (images.Dimensions[0] != labels.Dimensions[0])
            throw new IdxFormatException(labelsPath,
                $"count mismatch: {labels.Dimensions[0]} labels but {Path.GetFileName(imagesPath)} has {images.Dimensions[0]} images");
    }

    public void Dispose()
    {
        Train.Dispose();
        Validation?.Dispose();
        Test.Dispose();
        if (!ReferenceEquals(fullTrain, Train)) fullTrain.Dispose();
    }
}
