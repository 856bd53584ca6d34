using System.Globalization;
using CsvHelper;

namespace FashionLab.Reporting;

/// <summary>
/// The CSV plumbing the report writers share: a header and rows of already formatted text, written through
/// <see cref="AtomicFile"/>, and read back as rows keyed by column name.
/// </summary>
internal static class CsvTable
{
    // LF rather than RFC 4180's CRLF: the files are diffed and read by pandas, both of which prefer it.
    private static readonly CsvWriterOptions Options = new() { NewLine = "\n" };

    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<string?[]> rows) =>
        AtomicFile.Write(path, stream =>
        {
            using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
            csv.WriteHeader([.. header]);
            foreach (var row in rows) csv.WriteRecord(row);
        });

    /// <summary>The rows of a CSV file with a header, each as column name → field text (empty fields as "").</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        using var csv = CsvReader.FromFile(path);
        var header = csv.Headers.ToArray();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++) row[header[i]] = csv.GetString(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Shortest text that parses back to the same double ("R"), in the invariant culture.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Null is written as an empty field.</summary>
    public static string? Format(double? value) => value is { } v ? Format(v) : null;

    public static double ParseDouble(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static double? ParseNullableDouble(string text) => text.Length == 0 ? null : ParseDouble(text);

    public static int ParseInt(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
