namespace FashionLab.Data;

/// <summary>The ten Fashion-MNIST classes, in label order.</summary>
public static class FashionMnistClasses
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ];

    public const int Count = 10;

    /// <summary>A class by index (0–9) or name, case-insensitive; "shirt" means Shirt, "t-shirt" T-shirt/top.</summary>
    public static int Parse(string text)
    {
        if (int.TryParse(text, out int index) && index is >= 0 and < Count) return index;
        var exact = Names.Select((n, i) => (n, i)).Where(p => string.Equals(p.n, text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count == 1) return exact[0].i;
        var prefix = Names.Select((n, i) => (n, i)).Where(p => p.n.StartsWith(text, StringComparison.OrdinalIgnoreCase)).ToList();
        return prefix.Count == 1 && text.Length > 0
            ? prefix[0].i
            : throw new FashionLabException($"unknown class '{text}'; valid: 0–9 or {string.Join(", ", Names)}");
    }
}
