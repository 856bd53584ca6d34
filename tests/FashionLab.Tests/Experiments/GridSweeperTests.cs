using FashionLab.Experiments;

namespace FashionLab.Tests.Experiments;

public sealed class GridSweeperTests
{
    private const string Yaml = """
        epochs: 3
        seeds: [1, 2]
        grid:
          init: [zero, he_uniform]
          lr: [0.001, 0.0001]
        """;

    [Fact]
    public void Expansion_is_the_cartesian_product_in_file_order_with_seeds_innermost()
    {
        var runs = GridSweeper.Expand(ExperimentConfigLoader.Parse(Yaml, "g.yaml"));

        Assert.Equal(
            ["zero, 0.001, seed 1", "zero, 0.001, seed 2", "zero, 0.0001, seed 1", "zero, 0.0001, seed 2",
             "he_uniform, 0.001, seed 1", "he_uniform, 0.001, seed 2", "he_uniform, 0.0001, seed 1", "he_uniform, 0.0001, seed 2"],
            runs.Select(r => r.Label));
        Assert.Equal(Enumerable.Range(1, 8), runs.Select(r => r.Number));
        Assert.Equal(1e-4, runs[2].Settings.Optimizer.LearningRate);
        Assert.Equal("zero", runs[2].Settings.Model.Init);
        Assert.All(runs, r => Assert.Equal(3, r.Settings.Epochs));
    }

    [Fact]
    public void Run_ids_are_stable_unique_and_change_with_any_setting()
    {
        var runs = GridSweeper.Expand(ExperimentConfigLoader.Parse(Yaml, "g.yaml"));
        var again = GridSweeper.Expand(ExperimentConfigLoader.Parse(Yaml, "other-name.yaml"));
        var changed = GridSweeper.Expand(ExperimentConfigLoader.Parse(Yaml.Replace("epochs: 3", "epochs: 4"), "g.yaml"));

        Assert.Equal(runs.Select(r => r.Id), again.Select(r => r.Id));
        Assert.Equal(8, runs.Select(r => r.Id).Distinct().Count());
        Assert.Matches(@"^init-zero_lr-0\.001_seed-1_[0-9a-f]{8}$", runs[0].Id);
        Assert.Empty(runs.Select(r => r.Id).Intersect(changed.Select(r => r.Id)));
    }

    [Fact]
    public void Resolved_config_lists_every_parameter()
    {
        var run = GridSweeper.Expand(ExperimentConfigLoader.Parse(Yaml, "g.yaml"))[5];
        var yaml = ConfigParameters.ToYaml(run.Settings);
        Assert.Contains("init: he_uniform\n", yaml);
        Assert.Contains("lr: 0.001\n", yaml);
        Assert.Contains("optimizer: adam\n", yaml);
        Assert.EndsWith("seed: 2\n", yaml);
        var reparsed = ExperimentConfigLoader.Parse(yaml, "resolved.yaml");
        Assert.Equal(yaml, ConfigParameters.ToYaml(reparsed.Base with { Seed = reparsed.Seeds.Single() }));
    }
}
