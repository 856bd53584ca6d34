using System.Text.RegularExpressions;
using FashionLab.Tests.Experiments;

namespace FashionLab.Tests.Architecture;

/// <summary>Rules the source must keep, checked by reading it (as ScottPlot's ForbiddenCodeTests do).</summary>
public sealed class ForbiddenCodeTests
{
    private static IEnumerable<(string Path, string Text)> Sources(string folder) =>
        Directory.EnumerateFiles(Path.Combine(ConfigTests.RepositoryRoot(), folder), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                        !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(p => (p, File.ReadAllText(p)));

    [Fact]
    public void The_library_never_writes_to_the_console()
    {
        var offenders = Sources("src/FashionLab").Where(s => Regex.IsMatch(s.Text, @"\bConsole\.")).Select(s => s.Path);
        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_source_file_uses_a_file_scoped_namespace()
    {
        var offenders = Sources("src").Concat(Sources("tests"))
            .Where(s => Regex.IsMatch(s.Text, @"^namespace [\w.]+\s*$", RegexOptions.Multiline) && !s.Path.EndsWith("Program.cs"))
            .Select(s => s.Path);
        Assert.Empty(offenders);
    }

    [Fact]
    public void Nobody_swallows_exceptions_into_null()
    {
        var offenders = Sources("src").Where(s => Regex.IsMatch(s.Text, @"catch\s*\{\s*return null;")).Select(s => s.Path);
        Assert.Empty(offenders);
    }
}
