namespace FashionLab.Data;

/// <summary>The ten Fashion-MNIST classes, in label order.</summary>
public static class FashionMnistClasses
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ];

    public const int Count = 10;
}
