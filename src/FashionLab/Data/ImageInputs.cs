namespace FashionLab.Data;

/// <summary>Turns the paths a user gave (files or folders of pictures) into the list of picture files to load.</summary>
public static class ImageInputs
{
    /// <summary>Extensions picked up from folders, lower case with the dot.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp"];

    /// <summary>
    /// Files are kept as given, even when missing or not pictures: <see cref="GarmentImageLoader.Load(string)"/>
    /// reports those one by one, so the other files still get processed. Folders are expanded (not recursively)
    /// to their picture files, sorted by name; hidden files (".name") are skipped.
    /// </summary>
    /// <exception cref="ImageInputException">A folder cannot be listed or holds no pictures.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> pathsOrFolders)
    {
        ArgumentNullException.ThrowIfNull(pathsOrFolders);
        var files = new List<string>();
        foreach (var path in pathsOrFolders)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(PicturesIn(path));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    /// <summary>Whether the file name ends with one of <see cref="Extensions"/> (any case).</summary>
    public static bool IsPictureName(string path) =>
        Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static List<string> PicturesIn(string folder)
    {
        List<string> pictures;
        try
        {
            pictures = Directory.EnumerateFiles(folder)
                .Where(f => IsPictureName(f) && !Path.GetFileName(f).StartsWith('.'))
                .OrderBy(Path.GetFileName, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new ImageInputException(folder, "folder cannot be read", e);
        }

        return pictures.Count > 0
            ? pictures
            : throw new ImageInputException(folder, $"folder has no pictures ({string.Join(' ', Extensions)})");
    }
}
