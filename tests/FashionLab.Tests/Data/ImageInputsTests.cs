using FashionLab.Data;

namespace FashionLab.Tests.Data;

public sealed class ImageInputsTests : TempDirectoryTest
{
    [Fact]
    public void Folder_expands_to_its_pictures_sorted_by_name()
    {
        foreach (var name in new[] { "b.png", "a.JPG", "c.webp", "notes.txt", ".hidden.png" })
        {
            File.WriteAllBytes(Temp.File(name), [1]);
        }

        Directory.CreateDirectory(Temp.File("sub"));
        File.WriteAllBytes(Path.Combine(Temp.File("sub"), "d.png"), [1]);

        var files = ImageInputs.Expand([Temp.Path]);

        Assert.Equal([Temp.File("a.JPG"), Temp.File("b.png"), Temp.File("c.webp")], files);
    }

    [Fact]
    public void Files_are_kept_as_given_even_when_missing()
    {
        File.WriteAllBytes(Temp.File("x.gif"), [1]);
        File.WriteAllBytes(Temp.File("y.jpeg"), [1]);

        var files = ImageInputs.Expand([Temp.File("missing.png"), Temp.File("y.jpeg"), Temp.Path]);

        Assert.Equal([Temp.File("missing.png"), Temp.File("y.jpeg"), Temp.File("x.gif"), Temp.File("y.jpeg")], files);
    }

    [Fact]
    public void Folder_without_pictures_is_an_error_naming_it()
    {
        File.WriteAllText(Temp.File("readme.txt"), "no pictures here");

        var error = Assert.Throws<ImageInputException>(() => ImageInputs.Expand([Temp.Path]));

        Assert.Equal(Temp.Path, error.Input);
        Assert.StartsWith($"{Temp.Path}: folder has no pictures", error.Message);
    }
}
