using FashionLab.Experiments;

namespace FashionLab.Tests.Experiments;

public sealed class ConfigTests
{
    private static ExperimentConfig Parse(string yaml) => ExperimentConfigLoader.Parse(yaml, "test.yaml");

    private static string ErrorOf(string yaml) => Assert.Throws<ConfigException>(() => Parse(yaml)).Message;

    [Fact]
    public void Given_base_settings_grid_and_seeds_When_parsed_Then_values_are_resolved()
    {
        var config = Parse("""
            experiment: study
            model: tf-tutorial
            activation: elu
            lr: 3e-4
            validation: 5000
            seeds: [1, 2]
            grid:
              init: [zero, he_uniform]
              optimizer: [adam, sgd]
            """);

        Assert.Equal("study", config.Name);
        Assert.Equal("tf-tutorial", config.Base.Model.Preset);
        Assert.Equal("elu", config.Base.Model.Activation);
        Assert.Equal(3e-4, config.Base.Optimizer.LearningRate);
        Assert.Equal(5000, config.Base.DataOrDefault.ValidationCount);
        Assert.Equal([1, 2], config.Seeds);
        Assert.Equal(["init", "optimizer"], config.Grid.Select(g => g.Key));
        Assert.Equal(["zero", "he_uniform"], config.Grid[0].Levels);
    }

    [Fact]
    public void A_key_used_by_some_runs_of_the_grid_is_accepted_and_left_out_where_unused()
    {
        var config = Parse("hidden: [64, 32]\ngrid:\n  model: [sheet6, mlp]\n");
        var runs = GridSweeper.Expand(config);
        Assert.DoesNotContain("hidden:", ConfigParameters.ToYaml(runs[0].Settings));
        Assert.Contains("hidden: [64, 32]\n", ConfigParameters.ToYaml(runs[1].Settings));
    }

    [Fact]
    public void Unknown_key_gives_file_line_column_and_valid_keys()
    {
        var message = ErrorOf("model: sheet6\nactivaton: relu\n");
        Assert.StartsWith("test.yaml:2:1: unknown key 'activaton'; valid: experiment, description, seeds, seed, grid, model, activation,", message);
    }

    [Fact]
    public void Bad_value_in_grid_gives_its_line_and_the_valid_choices()
    {
        var message = ErrorOf("grid:\n  activation: [relu, swish]\n");
        Assert.Equal("test.yaml:2:15: activation: unknown activation 'swish'; valid: relu, leaky_relu, elu, selu, gelu, silu, tanh, sigmoid, softplus", message);
    }

    [Theory]
    [InlineData("lr: -1\n", "test.yaml:1:5: lr: -1 must be greater than 0")]
    [InlineData("lr: fast\n", "test.yaml:1:5: lr: 'fast' is not a number")]
    [InlineData("epochs: 2.5\n", "test.yaml:1:9: epochs: '2.5' must be a whole number ≥ 1")]
    [InlineData("dropout: 1\n", "test.yaml:1:10: dropout: 1 must be in [0, 1)")]
    [InlineData("seeds: 3\n", "test.yaml:1:8: seeds: expected a list of values, e.g. [a, b]")]
    [InlineData("grid:\n  validation: [0, 100]\n", "test.yaml:2:3: grid: 'validation' cannot vary within a grid (the data is loaded once per grid); set it at the top level")]
    [InlineData("grid:\n  lr: []\n", "test.yaml:2:7: grid: 'lr' needs at least one level")]
    [InlineData("experiment: a/b\n", "test.yaml:1:13: experiment: 'a/b' must be 1–100 letters, digits, '-', '_' or '.', not starting with '.'")]
    [InlineData("experiment: ..\n", "test.yaml:1:13: experiment: '..' must be 1–100 letters, digits, '-', '_' or '.', not starting with '.'")]
    [InlineData("model: sheet6\nhidden: [64]\n", "test.yaml:2:1: hidden: has no effect here; it is only used with model: mlp")]
    [InlineData("momentum: 0.5\n", "test.yaml:1:1: momentum: has no effect here; it is only used with optimizer: sgd or rmsprop")]
    [InlineData("lr: 0.1\n---\nlr: 0.2\n", "test.yaml:3:1: expected one YAML document, found a second one (---)")]
    [InlineData("- a\n- b\n", "test.yaml:1:1: expected a mapping of settings (key: value lines)")]
    public void Bad_values_are_reported_with_position(string yaml, string expected) => Assert.Equal(expected, ErrorOf(yaml));

    [Fact]
    public void Invalid_yaml_is_a_config_error_with_a_line()
    {
        var message = ErrorOf("model: sheet6\n  lr: [1\n");
        Assert.StartsWith("test.yaml:2:", message);
        Assert.Contains("invalid YAML", message);
    }

    [Fact]
    public void Missing_file_is_a_clear_error()
    {
        var error = Assert.Throws<FashionLabException>(() => ExperimentConfigLoader.Load("configs/none.yaml"));
        Assert.Equal("configs/none.yaml: config file not found", error.Message);
    }

    [Fact]
    public void Shipped_configs_parse_and_expand_to_the_documented_grids()
    {
        var root = RepositoryRoot();
        var grid = ExperimentConfigLoader.Load(Path.Combine(root, "configs", "grid.yaml"));
        Assert.Equal(16, GridSweeper.Expand(grid).Count);
        Assert.Equal(10, grid.Base.Epochs);
        Assert.Equal("adam", grid.Base.Optimizer.Name);
        var quick = ExperimentConfigLoader.Load(Path.Combine(root, "configs", "quick.yaml"));
        Assert.Equal(2, GridSweeper.Expand(quick).Count);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FashionLab.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
