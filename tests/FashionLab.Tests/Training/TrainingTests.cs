using FashionLab.Data;
using FashionLab.Models;
using FashionLab.Training;
using static TorchSharp.torch;

namespace FashionLab.Tests.Training;

public sealed class TrainingTests
{
    /// <summary>The first few thousand training images and the first 2,000 test images.</summary>
    private static FashionMnist Slice(int trainCount) => RealData.Full.Subset(trainCount, testCount: 2000);

    [Fact]
    public void One_epoch_on_5000_real_images_reaches_75_percent_test_accuracy()
    {
        var data = Slice(5000);
        manual_seed(1);
        using var model = ModelPresets.Create(new ModelSpec());
        var result = new Trainer(CPU).Train(model, data, new TrainingOptions(Epochs: 1, BatchSize: 64, Seed: 1));

        var epoch = Assert.Single(result.Epochs);
        Assert.False(result.Diverged);
        Assert.InRange(epoch.TestAccuracy, 0.75, 1.0);
        Assert.InRange(epoch.TrainLoss, 0.2, 1.5);
        Assert.True(epoch.ImagesPerSecond > 0);
    }

    [Fact]
    public void Zero_initialisation_stays_at_chance()
    {
        var data = Slice(3000);
        manual_seed(1);
        using var model = ModelPresets.Create(new ModelSpec(Init: "zero"));
        var result = new Trainer(CPU).Train(model, data, new TrainingOptions(Epochs: 1, Seed: 1));
        Assert.InRange(result.Epochs[0].TestAccuracy, 0.0, 0.2);
    }

    [Fact]
    public void Same_seed_gives_identical_losses_and_another_seed_does_not()
    {
        var data = Slice(1500);
        double[] Losses(int seed)
        {
            manual_seed(seed);
            using var model = ModelPresets.Create(new ModelSpec()).UseChannelsLast();
            var result = new Trainer(CPU).Train(model, data, new TrainingOptions(Epochs: 2, BatchSize: 100, Seed: seed));
            return [.. result.Epochs.SelectMany(e => new[] { e.TrainLoss, e.TestLoss })];
        }

        var first = Losses(4);
        Assert.Equal(first, Losses(4));
        Assert.NotEqual(first, Losses(5));
    }

    [Fact]
    public void An_absurd_learning_rate_is_reported_as_divergence()
    {
        var data = Slice(2000);
        manual_seed(1);
        using var model = ModelPresets.Create(new ModelSpec(Activation: "elu"));
        var options = new TrainingOptions(Epochs: 2, Optimizer: new OptimizerSpec("sgd", LearningRate: 1e6, Momentum: 0.9), Seed: 1);
        var result = new Trainer(CPU).Train(model, data, options);
        Assert.True(result.Diverged);
        Assert.Contains("diverged", result.DivergenceMessage);
    }

    [Fact]
    public void Evaluation_leaves_the_model_in_training_mode_and_counts_a_confusion_matrix()
    {
        var data = Slice(100);
        manual_seed(1);
        using var model = ModelPresets.Create(new ModelSpec());
        model.train();
        var evaluation = Evaluator.Evaluate(model, data.Test, CPU);
        Assert.True(model.training);
        var matrix = evaluation.ConfusionMatrix(10);
        Assert.Equal(2000, matrix.Cast<int>().Sum());
        Assert.Equal(evaluation.Accuracy * 2000, Enumerable.Range(0, 10).Sum(i => matrix[i, i]), 6);
    }
}
