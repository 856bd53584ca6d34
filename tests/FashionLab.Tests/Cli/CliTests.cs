using FashionLab.Cli;

namespace FashionLab.Tests.Cli;

public sealed class CliTests : TempDirectoryTest
{
    private static (int Exit, string Output) Run(params string[] args) => CliHarness.Run(args);

    [Fact]
    public void Unknown_option_is_a_usage_error_in_one_line()
    {
        var (exit, output) = Run("run", "--config", "x.yaml", "--colour");
        Assert.Equal(FashionLabApp.UsageError, exit);
        Assert.Equal("error: unknown option 'colour' (see --help)", output.Trim());
    }

    [Fact]
    public void Missing_config_file_is_one_line_and_exit_1()
    {
        var (exit, output) = Run("run", "--config", "nowhere.yaml");
        Assert.Equal(FashionLabApp.Failed, exit);
        Assert.Equal("error: nowhere.yaml: config file not found", output.Trim());
    }

    [Fact]
    public void Bad_config_value_names_file_and_line()
    {
        var config = Temp.File("bad.yaml");
        File.WriteAllText(config, "epochs: 2\ninit: gaussian\n");
        var (exit, output) = Run("run", "--config", config, "--results", Temp.Path);
        Assert.Equal(FashionLabApp.Failed, exit);
        Assert.StartsWith($"error: {config}:2:7: init: unknown init 'gaussian'; valid: zero, he_uniform,", output.Trim());
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public void Unknown_device_and_missing_data_folder_are_clear_errors()
    {
        Assert.Equal((1, "error: --device: unknown device 'tpu'; valid: auto, cpu, cuda"), Trimmed(Run("info", "--device", "tpu")));
        var (exit, output) = Run("bench", "--data-dir", Temp.File("empty"));
        Assert.Equal(1, exit);
        Assert.Equal($"error: --data-dir: folder {Temp.File("empty")} does not exist", output.Trim());
    }

    [Fact]
    public void Run_trains_a_tiny_grid_and_prints_the_accuracy_table()
    {
        var config = Temp.File("tiny.yaml");
        File.WriteAllText(config, "experiment: cli-tiny\nepochs: 1\ntrain_limit: 600\ntest_limit: 300\ngrid:\n  lr: [0.001, 0.003]\n");
        var (exit, output) = Run("run", "--config", config, "--results", Temp.Path, "--device", "cpu");
        Assert.Equal(0, exit);
        Assert.Contains("experiment cli-tiny: 2 runs (lr 2 × 1 seed(s))", output);
        Assert.Contains("run 2/2 complete: final test accuracy", output);
        Assert.Contains("checksums verified", output);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(Temp.Path, "cli-tiny", "summary.csv")).Length);
    }

    private static (int, string) Trimmed((int Exit, string Output) result) => (result.Exit, result.Output.Trim());
}
