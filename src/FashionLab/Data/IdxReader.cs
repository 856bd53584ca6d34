using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;

namespace FashionLab.Data;

/// <summary>Contents of an IDX file of unsigned bytes, with the MD5 of its unpacked bytes (what identifies the data).</summary>
public sealed record IdxContent(int[] Dimensions, byte[] Data, string Md5);

/// <summary>
/// Reads IDX files (the format of MNIST and Fashion-MNIST), gzip-compressed or raw, detected by content.
/// Validates the magic number, the number of dimensions, the declared sizes against the bytes present,
/// and, for labels, the label range.
/// </summary>
public static class IdxReader
{
    private const byte UnsignedByteType = 0x08;

    public static IdxContent ReadImages(string path, int height = 28, int width = 28)
    {
        var content = Read(path, expectedDimensions: 3);
        if (content.Dimensions[1] != height || content.Dimensions[2] != width)
            throw new IdxFormatException(path,
                $"images are {content.Dimensions[1]}×{content.Dimensions[2]}, expected {height}×{width}");
        return content;
    }

    public static IdxContent ReadLabels(string path, int classCount)
    {
        var content = Read(path, expectedDimensions: 1);
        for (int i = 0; i < content.Data.Length; i++)
        {
            if (content.Data[i] >= classCount)
                throw new IdxFormatException(path, $"label {content.Data[i]} at index {i} is out of range 0..{classCount - 1}");
        }
        return content;
    }

    public static IdxContent Read(string path, int expectedDimensions)
    {
        if (!File.Exists(path)) throw new IdxFormatException(path, "file not found");
        byte[] bytes;
        try
        {
            bytes = Unpack(path);
        }
        catch (InvalidDataException e)
        {
            throw new IdxFormatException(path, $"corrupt gzip data ({e.Message.TrimEnd('.')})");
        }
        return Parse(path, bytes, expectedDimensions);
    }

    internal static IdxContent Parse(string path, byte[] bytes, int expectedDimensions)
    {
        if (bytes.Length < 4) throw new IdxFormatException(path, $"truncated: {bytes.Length} bytes is shorter than the 4-byte header");
        if (bytes[0] != 0 || bytes[1] != 0)
            throw new IdxFormatException(path, $"wrong magic number 0x{BinaryPrimitives.ReadUInt32BigEndian(bytes):X8} (not an IDX file)");
        if (bytes[2] != UnsignedByteType)
            throw new IdxFormatException(path, $"wrong magic number: data type 0x{bytes[2]:X2}, expected 0x08 (unsigned byte)");
        if (bytes[3] != expectedDimensions)
            throw new IdxFormatException(path,
                $"wrong magic number: {bytes[3]} dimensions, expected {expectedDimensions} ({(expectedDimensions == 1 ? "labels" : "images")})");

        int headerLength = 4 + 4 * expectedDimensions;
        if (bytes.Length < headerLength)
            throw new IdxFormatException(path, $"truncated: header needs {headerLength} bytes, file has {bytes.Length}");
        var dimensions = new int[expectedDimensions];
        long expectedLength = 1;
        for (int d = 0; d < expectedDimensions; d++)
        {
            uint size = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(4 + 4 * d));
            if (size == 0 || size > int.MaxValue) throw new IdxFormatException(path, $"dimension {d} has invalid size {size}");
            dimensions[d] = (int)size;
            expectedLength *= size;
        }
        long present = bytes.Length - headerLength;
        if (present < expectedLength)
            throw new IdxFormatException(path, $"truncated: header declares {expectedLength} data bytes, file has {present}");
        if (present > expectedLength)
            throw new IdxFormatException(path, $"count mismatch: header declares {expectedLength} data bytes, file has {present}");

        var data = bytes.AsSpan(headerLength).ToArray();
        return new IdxContent(dimensions, data, Convert.ToHexStringLower(MD5.HashData(bytes)));
    }

    private static byte[] Unpack(string path)
    {
        using var file = File.OpenRead(path);
        bool gzip = file.Length >= 2 && file.ReadByte() == 0x1f && file.ReadByte() == 0x8b;
        file.Position = 0;
        using var buffer = new MemoryStream();
        if (gzip)
        {
            using var unzip = new GZipStream(file, CompressionMode.Decompress);
            unzip.CopyTo(buffer);
        }
        else
        {
            file.CopyTo(buffer);
        }
        return buffer.ToArray();
    }
}
