using FashionLab.Data;

namespace FashionLab.Tests.Data;

public sealed class ImageInputsTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Folder_expands_to_its_pictures_sorted_by_name()
    {
        foreach (var name in new[] { "b.png", "a.JPG", "c.webp", "notes.txt", ".hidden.png" })
        {
            File.WriteAllBytes(temp.File(name), [1]);
        }

        Directory.CreateDirectory(temp.File("sub"));
        File.WriteAllBytes(Path.Combine(temp.File("sub"), "d.png"), [1]);

        var files = ImageInputs.Expand([temp.Path]);

        Assert.Equal([temp.File("a.JPG"), temp.File("b.png"), temp.File("c.webp")], files);
    }

    [Fact]
    public void Files_are_kept_as_given_even_when_missing()
    {
        File.WriteAllBytes(temp.File("x.gif"), [1]);
        File.WriteAllBytes(temp.File("y.jpeg"), [1]);

        var files = ImageInputs.Expand([temp.File("missing.png"), temp.File("y.jpeg"), temp.Path]);

        Assert.Equal([temp.File("missing.png"), temp.File("y.jpeg"), temp.File("x.gif"), temp.File("y.jpeg")], files);
    }

    [Fact]
    public void Folder_without_pictures_is_an_error_naming_it()
    {
        File.WriteAllText(temp.File("readme.txt"), "no pictures here");

        var error = Assert.Throws<ImageInputException>(() => ImageInputs.Expand([temp.Path]));

        Assert.Equal(temp.Path, error.Input);
        Assert.StartsWith($"{temp.Path}: folder has no pictures", error.Message);
    }
}
