namespace FashionLab.Training;

/// <summary>Loss and accuracy of a model on a set, with its predictions (for confusion matrices).</summary>
public sealed record Evaluation(double Loss, double Accuracy, long[] Predictions, long[] Labels, double Seconds)
{
    public double ImagesPerSecond => Labels.Length / Math.Max(Seconds, 1e-9);

    /// <summary>counts[true, predicted].</summary>
    public int[,] ConfusionMatrix(int classCount)
    {
        var counts = new int[classCount, classCount];
        for (int i = 0; i < Labels.Length; i++) counts[Labels[i], Predictions[i]]++;
        return counts;
    }
}
