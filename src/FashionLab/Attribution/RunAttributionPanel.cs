using FashionLab.Data;
using FashionLab.Models;
using FashionLab.Visualization;
using static TorchSharp.torch;

namespace FashionLab.Attribution;

/// <summary>
/// The attribution figure of a training run: the first test image of each class (fixed, so runs are comparable),
/// with saliency and (for convolutional models) Grad-CAM overlays for the predicted class, in <c>attribution.png</c>.
/// </summary>
public static class RunAttributionPanel
{
    public const string FileName = "attribution.png";

    public static string WriteRunPanel(ClassifierNet model, ImageSet test, string runDirectory)
    {
        using var scope = NewDisposeScope();
        long[] labels = test.Labels.data<long>().ToArray();
        List<AttributionMethod> methods = [new Saliency(model), .. model.HasConvFeatures ? [new GradCam(model)] : Array.Empty<AttributionMethod>()];

        var titles = new List<string>();
        var rows = Enumerable.Range(0, methods.Count + 1).Select(_ => new List<FigureCell>()).ToList();
        foreach (int index in test.FirstIndexOfEachClass())
        {
            var image = test.Images[TensorIndex.Slice(index, index + 1)];
            var prediction = AttributionRunner.TopPredictions(model, image, test.ClassNames, 1)[0];
            titles.Add($"{test.ClassName(labels[index])}\n→ {prediction.ClassName} {prediction.Probability:P0}");
            float[] pixels = AttributionRunner.Values(image);
            rows[0].Add(new FigureCell(pixels, null));
            for (int m = 0; m < methods.Count; m++)
            {
                var map = methods[m].Attribute(image, new AttributionTarget(prediction.ClassIndex));
                rows[m + 1].Add(new FigureCell(pixels, AttributionRunner.Values(DisplayNormalization.Normalize(map, methods[m].Sign))));
            }
        }
        string path = Path.Combine(runDirectory, FileName);
        AttributionFigures.SaveGrid(path, $"{model.Spec}: what the predicted class (→) rests on, first test image of each class",
            ["input", .. methods.Select(m => m.Name)], titles, rows, cellSize: 128);
        return path;
    }
}
