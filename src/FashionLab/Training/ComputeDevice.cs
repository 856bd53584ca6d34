using TorchSharp;
using static TorchSharp.torch;

namespace FashionLab.Training;

/// <summary>Chooses the device for --device auto|cpu|cuda and sets up the CPU runtime for speed.</summary>
public static class ComputeDevice
{
    public static IReadOnlyList<string> Choices { get; } = ["auto", "cpu", "cuda"];

    public static Device Resolve(string choice)
    {
        ConfigureCpu();
        return choice.ToLowerInvariant() switch
        {
            "auto" => cuda.is_available() ? CUDA : CPU,
            "cpu" => CPU,
            "cuda" when cuda.is_available() => CUDA,
            "cuda" => throw new FashionLabException(
                "--device cuda: CUDA is not available (this build uses TorchSharp-cpu; build with -p:TorchBackend=cuda on a CUDA machine)"),
            _ => throw new FashionLabException($"--device: unknown device '{choice}'; valid: {string.Join(", ", Choices)}"),
        };
    }

    /// <summary>One intra-op thread per core: LibTorch's default can oversubscribe small machines.</summary>
    public static void ConfigureCpu()
    {
        int threads = Environment.ProcessorCount;
        if (get_num_threads() != threads) set_num_threads(threads);
    }

    public static string Describe(Device device) =>
        device.type == DeviceType.CUDA ? $"cuda ({cuda.device_count()} device(s))" : $"cpu ({get_num_threads()} threads)";
}
