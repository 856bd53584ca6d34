using System.Buffers.Binary;
using System.IO.Compression;
using FashionLab.Data;

namespace FashionLab.Tests.Data;

public sealed class IdxReaderTests : TempDirectoryTest
{
    private static byte[] Idx(byte type, int[] dimensions, byte[] data)
    {
        var bytes = new byte[4 + 4 * dimensions.Length + data.Length];
        bytes[2] = type;
        bytes[3] = (byte)dimensions.Length;
        for (int d = 0; d < dimensions.Length; d++) BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 + 4 * d), dimensions[d]);
        data.CopyTo(bytes, 4 + 4 * dimensions.Length);
        return bytes;
    }

    private string Write(string name, byte[] bytes, bool gzip = false)
    {
        var path = Temp.File(name);
        if (!gzip)
        {
            File.WriteAllBytes(path, bytes);
            return path;
        }
        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        zip.Write(bytes);
        return path;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Given_valid_images_When_read_Then_dimensions_and_pixels_match(bool gzip)
    {
        var pixels = Enumerable.Range(0, 2 * 3 * 2).Select(i => (byte)(i * 10)).ToArray();
        var path = Write("images" + (gzip ? ".gz" : ""), Idx(0x08, [2, 3, 2], pixels), gzip);

        var content = IdxReader.ReadImages(path, height: 3, width: 2);

        Assert.Equal([2, 3, 2], content.Dimensions);
        Assert.Equal(pixels, content.Data);
        Assert.Equal(32, content.Md5.Length);
    }

    [Fact]
    public void Given_valid_labels_When_read_Then_values_match()
    {
        var path = Write("labels", Idx(0x08, [4], [0, 9, 3, 1]));
        Assert.Equal(new byte[] { 0, 9, 3, 1 }, IdxReader.ReadLabels(path, 10).Data);
    }

    [Fact]
    public void Given_label_out_of_range_Then_error_names_file_and_label()
    {
        var path = Write("labels", Idx(0x08, [3], [0, 10, 3]));
        var error = Assert.Throws<IdxFormatException>(() => IdxReader.ReadLabels(path, 10));
        Assert.Equal($"{path}: label 10 at index 1 is out of range 0..9", error.Message);
    }

    [Fact]
    public void Given_wrong_magic_Then_error_says_wrong_magic()
    {
        var bytes = Idx(0x08, [2], [1, 2]);
        bytes[0] = 0x1f;
        var error = Assert.Throws<IdxFormatException>(() => IdxReader.Read(Write("bad", bytes), 1));
        Assert.StartsWith("wrong magic number 0x1F00", error.Problem);
    }

    [Fact]
    public void Given_labels_file_where_images_expected_Then_error_says_dimensions()
    {
        var error = Assert.Throws<IdxFormatException>(() => IdxReader.ReadImages(Write("labels", Idx(0x08, [2], [1, 2]))));
        Assert.Equal("wrong magic number: 1 dimensions, expected 3 (images)", error.Problem);
    }

    [Fact]
    public void Given_truncated_data_Then_error_says_truncated()
    {
        var bytes = Idx(0x08, [2, 28, 28], new byte[2 * 784]);
        var error = Assert.Throws<IdxFormatException>(() => IdxReader.ReadImages(Write("cut", bytes[..^10])));
        Assert.Equal("truncated: header declares 1568 data bytes, file has 1558", error.Problem);
    }

    [Fact]
    public void Given_extra_data_Then_error_says_count_mismatch()
    {
        var error = Assert.Throws<IdxFormatException>(() => IdxReader.ReadLabels(Write("long", Idx(0x08, [2], [1, 2, 3])), 10));
        Assert.Equal("count mismatch: header declares 2 data bytes, file has 3", error.Problem);
    }

    [Fact]
    public void Given_truncated_gzip_Then_error_is_clear()
    {
        var path = Write("x.gz", Idx(0x08, [1000], new byte[1000]), gzip: true);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var error = Assert.Throws<IdxFormatException>(() => IdxReader.Read(path, 1));
        Assert.StartsWith(path + ": ", error.Message);
    }

    [Fact]
    public void Given_missing_file_Then_error_says_not_found()
    {
        var error = Assert.Throws<IdxFormatException>(() => IdxReader.Read(Temp.File("nope"), 1));
        Assert.Equal("file not found", error.Problem);
    }

    [Fact]
    public void Given_images_and_labels_with_different_counts_When_dataset_loads_Then_count_mismatch()
    {
        Write("train-images-idx3-ubyte", Idx(0x08, [2, 28, 28], new byte[2 * 784]));
        Write("train-labels-idx1-ubyte", Idx(0x08, [3], [1, 2, 3]));
        Write("t10k-images-idx3-ubyte", Idx(0x08, [1, 28, 28], new byte[784]));
        Write("t10k-labels-idx1-ubyte", Idx(0x08, [1], [4]));

        var error = Assert.Throws<IdxFormatException>(() => FashionMnist.Load(DataLocator.Locate(Temp.Path)));
        Assert.Equal("count mismatch: 3 labels but train-images-idx3-ubyte has 2 images", error.Problem);
    }

    [Fact]
    public void Given_synthetic_dataset_When_loaded_Then_pixels_scale_to_unit_range_and_checksums_do_not_verify()
    {
        var pixels = new byte[2 * 784];
        pixels[0] = 255;
        pixels[784 + 1] = 51;
        Write("train-images-idx3-ubyte", Idx(0x08, [2, 28, 28], pixels));
        Write("train-labels-idx1-ubyte", Idx(0x08, [2], [7, 9]));
        Write("t10k-images-idx3-ubyte", Idx(0x08, [1, 28, 28], new byte[784]));
        Write("t10k-labels-idx1-ubyte", Idx(0x08, [1], [4]));

        using var data = FashionMnist.Load(DataLocator.Locate(Temp.Path), new DataSplitOptions(ValidationCount: 1));

        Assert.Equal(1f, data.Train.Images[0, 0, 0, 0].item<float>());
        Assert.Equal(0.2f, data.Validation!.Images[0, 0, 0, 1].item<float>(), 6);
        Assert.Equal(9L, data.Validation.Labels[0].item<long>());
        Assert.Equal(1, data.Train.Count);
        Assert.False(data.Verified);
    }
}
