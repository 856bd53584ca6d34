using System.Globalization;
using System.Text;

namespace FashionLab.Reporting;

/// <summary>A confusion matrix as CSV: one row per true class, one column per predicted class, with class names.</summary>
public static class ConfusionCsv
{
    public static void Write(string path, int[,] counts, IReadOnlyList<string> classNames)
    {
        var text = new StringBuilder();
        text.AppendLine("true \\ predicted," + string.Join(",", classNames.Select(Quote)));
        for (int row = 0; row < classNames.Count; row++)
        {
            text.Append(Quote(classNames[row]));
            for (int column = 0; column < classNames.Count; column++)
                text.Append(',').Append(counts[row, column].ToString(CultureInfo.InvariantCulture));
            text.AppendLine();
        }
        AtomicFile.WriteAllText(path, text.ToString());
    }

    public static int[,] Read(string path, int classCount)
    {
        var lines = File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).ToArray();
        if (lines.Length != classCount) throw new FashionLabException($"{path}: expected {classCount} rows, found {lines.Length}");
        var counts = new int[classCount, classCount];
        for (int row = 0; row < classCount; row++)
        {
            var cells = lines[row].Split(',');
            for (int column = 0; column < classCount; column++)
                counts[row, column] = int.Parse(cells[^(classCount - column)], CultureInfo.InvariantCulture);
        }
        return counts;
    }

    private static string Quote(string name) => name.Contains(',') ? $"\"{name}\"" : name;
}
