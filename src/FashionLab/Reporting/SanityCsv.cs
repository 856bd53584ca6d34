using FashionLab.Attribution;

namespace FashionLab.Reporting;

/// <summary>The model-randomisation sanity check as CSV: one row per method and randomisation depth.</summary>
public static class SanityCsv
{
    public static void Write(string path, SanityCheckResult result) =>
        CsvTable.Write(path, ["method", "layers_randomized", "lowest_randomized", "mean_rank_correlation", "flagged"],
            result.Rows.Select(r => new string?[]
            {
                r.Method, CsvTable.Format(r.LayersRandomized), r.LowestRandomized, CsvTable.Format(r.MeanRankCorrelation),
                result.Flagged.Contains(r.Method) ? "yes" : "no",
            }));
}
