using FashionLab.Data;

namespace FashionLab.Tests.Data;

public sealed class RealDataTests
{
    [Fact]
    public void The_installed_dataset_is_the_real_Fashion_MNIST()
    {
        var data = RealData.Full;
        Assert.True(data.Verified, string.Join("; ", data.Verification.Select(v => $"{v.Path} {v.Md5}")));
        Assert.Equal(60000, data.Train.Count);
        Assert.Equal(10000, data.Test.Count);
        Assert.Equal([60000L, 1, 28, 28], data.Train.Images.shape);
    }

    [Fact]
    public void Pixel_statistics_match_the_normalisation_constants()
    {
        var images = RealData.Full.Train.Images;
        Assert.Equal(FashionMnist.PixelMean, images.mean().item<float>(), 4);
        Assert.Equal(FashionMnist.PixelStd, images.std().item<float>(), 4);
    }

    [Fact]
    public void Class_names_are_in_label_order_and_the_test_set_is_balanced()
    {
        Assert.Equal("T-shirt/top", FashionMnist.ClassNames[0]);
        Assert.Equal("Ankle boot", FashionMnist.ClassNames[9]);
        var counts = RealData.Full.Test.Labels.bincount(null).data<long>().ToArray();
        Assert.All(counts, c => Assert.Equal(1000L, c));
    }

    [Fact]
    public void An_explicit_folder_without_the_files_is_an_error_naming_it()
    {
        var error = Assert.Throws<FashionLabException>(() => DataLocator.Locate("/nonexistent-folder"));
        Assert.Equal("--data-dir: folder /nonexistent-folder does not exist", error.Message);
    }
}
