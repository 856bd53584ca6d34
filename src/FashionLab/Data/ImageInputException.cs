namespace FashionLab.Data;

/// <summary>An input picture (or folder of pictures) that cannot be used. Message: <c>"{input}: {problem}"</c>.</summary>
public sealed class ImageInputException(string input, string problem, Exception? innerException = null)
    : FashionLabException($"{input}: {problem}", innerException)
{
    /// <summary>The file or folder as the caller named it.</summary>
    public string Input { get; } = input;

    /// <summary>What is wrong with it, without the name.</summary>
    public string Problem { get; } = problem;
}
