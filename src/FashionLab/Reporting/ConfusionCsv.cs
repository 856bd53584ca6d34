namespace FashionLab.Reporting;

/// <summary>A confusion matrix as CSV: one row per true class, one column per predicted class, with class names.</summary>
public static class ConfusionCsv
{
    private const string CornerColumn = "true \\ predicted";

    public static void Write(string path, int[,] counts, IReadOnlyList<string> classNames) =>
        CsvTable.Write(path, [CornerColumn, .. classNames],
            classNames.Select((name, row) => (string?[])
                [name, .. Enumerable.Range(0, classNames.Count).Select(column => CsvTable.Format(counts[row, column]))]));

    public static int[,] Read(string path, int classCount)
    {
        var rows = CsvTable.Read(path);
        if (rows.Count != classCount) throw new FashionLabException($"{path}: expected {classCount} rows, found {rows.Count}");
        var counts = new int[classCount, classCount];
        for (int row = 0; row < classCount; row++)
        {
            var cells = rows[row].Where(c => c.Key != CornerColumn).Select(c => c.Value).ToArray();
            for (int column = 0; column < classCount; column++) counts[row, column] = CsvTable.ParseInt(cells[column]);
        }
        return counts;
    }
}
