using FashionLab.Data;

namespace FashionLab.Tests;

/// <summary>
/// The real Fashion-MNIST, loaded once for the whole test run (CI installs the Debian package). Tests take
/// small slices of it; nothing trains on the full set here.
/// </summary>
public static class RealData
{
    private static readonly Lazy<FashionMnist> Shared = new(() => FashionMnist.Load(DataLocator.Locate()));

    public static FashionMnist Full => Shared.Value;
}
