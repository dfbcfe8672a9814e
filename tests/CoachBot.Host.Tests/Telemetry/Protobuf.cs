using System.Text;

namespace CoachBot.Host.Tests.Telemetry;

/// <summary>
/// Just enough of the protobuf wire format to read what an OTLP exporter sends: the fields of a message, each with its
/// number and either its bytes (length-delimited: strings and nested messages) or its number (varint, fixed).
/// Written here because no OTLP proto package restores; the field numbers used are those of opentelemetry-proto.
/// </summary>
internal static class Protobuf
{
    public readonly record struct Field(int Number, ReadOnlyMemory<byte> Bytes, ulong Value)
    {
        public string Text => Encoding.UTF8.GetString(Bytes.Span);
    }

    public static List<Field> Read(ReadOnlyMemory<byte> message)
    {
        var fields = new List<Field>();
        var span = message.Span;
        var at = 0;
        while (at < span.Length)
        {
            var tag = Varint(span, ref at);
            var number = (int)(tag >> 3);
            switch ((int)(tag & 7))
            {
                case 0: fields.Add(new Field(number, default, Varint(span, ref at))); break;
                case 1: fields.Add(new Field(number, default, BitConverter.ToUInt64(span.Slice(at, 8)))); at += 8; break;
                case 5: fields.Add(new Field(number, default, BitConverter.ToUInt32(span.Slice(at, 4)))); at += 4; break;
                case 2:
                    var length = (int)Varint(span, ref at);
                    fields.Add(new Field(number, message.Slice(at, length), 0));
                    at += length;
                    break;
                default: throw new FormatException($"Wire type {tag & 7} at byte {at} is not one OTLP uses.");
            }
        }
        return fields;
    }

    /// <summary>The nested messages at a path of field numbers, e.g. (1, 2, 2) for every span of a trace export.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> At(ReadOnlyMemory<byte> message, params int[] path)
    {
        IEnumerable<ReadOnlyMemory<byte>> level = [message];
        foreach (var number in path)
            level = level.SelectMany(m => Read(m).Where(f => f.Number == number).Select(f => f.Bytes)).ToList();
        return level;
    }

    private static ulong Varint(ReadOnlySpan<byte> span, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = span[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }
}
