using System.Buffers.Binary;
using System.IO.Compression;

namespace CoachBot.Deployment.Tests.TeamsApp;

/// <summary>
/// Just enough of PNG (RFC 2083) to check the app icons: the IHDR header, and the pixels of a non-interlaced 8-bit RGBA
/// image with any of the five row filters. Anything else is reported as not readable rather than guessed at.
/// </summary>
public sealed record Png(int Width, int Height, byte BitDepth, byte ColourType, byte Interlace)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static Png ReadHeader(byte[] file)
    {
        if (file.Length < 33 || !file.AsSpan(0, 8).SequenceEqual(Signature) || System.Text.Encoding.ASCII.GetString(file, 12, 4) != "IHDR")
            throw new InvalidDataException("not a PNG file");
        return new Png(BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(20)),
            file[24], file[25], file[28]);
    }

    /// <summary>The pixels as RGBA bytes, row after row.</summary>
    public static byte[] ReadRgba(byte[] file)
    {
        var header = ReadHeader(file);
        if (header is not { BitDepth: 8, ColourType: 6, Interlace: 0 })
            throw new InvalidDataException($"only 8-bit RGBA non-interlaced PNGs are read here, not {header}");
        using var compressed = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            if (type == "IDAT") compressed.Write(file, at + 8, length);
            at += 12 + length;
        }
        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        return Unfilter(inflated.ToArray(), header.Width, header.Height);
    }

    private static byte[] Unfilter(byte[] data, int width, int height)
    {
        const int bpp = 4;
        var stride = width * bpp;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var raw = data[y * (stride + 1) + 1 + x];
                int left = x >= bpp ? pixels[y * stride + x - bpp] : 0;
                int up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int upLeft = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp] : 0;
                var predicted = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"row filter {filter}"),
                };
                pixels[y * stride + x] = (byte)(raw + predicted);
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
