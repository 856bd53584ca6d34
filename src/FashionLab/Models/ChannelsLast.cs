using static TorchSharp.torch;

namespace FashionLab.Models;

public static class ChannelsLast
{
    /// <summary>
    /// The same values in NHWC memory order with NCHW shape (PyTorch's channels_last), also for 1-channel images
    /// whose default strides oneDNN would otherwise not recognise as channels-last.
    /// </summary>
    public static Tensor ToChannelsLast(this Tensor images) => images.permute(0, 2, 3, 1).contiguous().permute(0, 3, 1, 2);
}
