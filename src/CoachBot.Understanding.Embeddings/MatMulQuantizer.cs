using Google.Protobuf;

namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// Rewrites an ONNX model so that its weight matrix products run on 8-bit integers: every MatMul whose second input
/// is a constant float matrix becomes ONNX Runtime's DynamicQuantizeMatMul over that matrix quantized per column
/// (symmetric, zero point 0), and the input is quantized on the fly. This is what ONNX Runtime's own dynamic
/// quantization tool does offline; done here at load, from the package's model bytes, so the model still comes
/// only from its NuGet package. A paraphrase waits for the encoder inside the turn, and nearly all of the encoder's
/// time is in these products (README.md, "Paraphrases: the semantic matcher", for the measured gain and the vectors'
/// distance from the float model's).
///
/// The model is protobuf (onnx.proto). Only the fields this needs are read: the graph's nodes and initializers, and
/// the model's operator-set imports; every other field is copied as it was, byte for byte.
/// </summary>
internal static class MatMulQuantizer
{
    // onnx.proto field numbers (ModelProto, GraphProto, NodeProto, TensorProto, OperatorSetIdProto).
    private const int ModelGraph = 7, ModelOpsetImport = 8;
    private const int GraphNode = 1, GraphInitializer = 5;
    private const int NodeInput = 1, NodeOutput = 2, NodeName = 3, NodeOpType = 4, NodeDomain = 7;
    private const int TensorDims = 1, TensorDataType = 2, TensorFloatData = 4, TensorName = 8, TensorRawData = 9;
    private const int OpsetDomain = 1, OpsetVersion = 2;
    private const int FloatType = 1, Int8Type = 3;

    private const string ContribDomain = "com.microsoft";
    private const int Int8Max = 127;

    /// <summary>The rewritten model's bytes, and how many products were quantized (0: the bytes come back unchanged).</summary>
    public static (byte[] Model, int Quantized) Quantize(byte[] model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var fields = Fields(model, 0, model.Length);
        var graphField = fields.FirstOrDefault(f => f.Number == ModelGraph);
        if (graphField.Length == 0) return (model, 0);

        var (graph, quantized) = RewriteGraph(model, graphField);
        if (quantized == 0) return (model, 0);

        // The new model, pieced together in one array of its exact size: the graph's untouched fields (most of the
        // bytes) are copied once, straight from the old model.
        var pieces = new List<ReadOnlyMemory<byte>>();
        var hasContrib = false;
        foreach (var field in fields)
        {
            if (field.Number == ModelGraph)
            {
                pieces.Add(Header(ModelGraph, graph.Sum(p => p.Length)));
                pieces.AddRange(graph);
                continue;
            }
            if (field.Number == ModelOpsetImport && OpsetDomainOf(Payload(model, field)) == ContribDomain) hasContrib = true;
            pieces.Add(model.AsMemory(field.Start, field.Length));
        }
        if (!hasContrib) pieces.Add(Framed(ModelOpsetImport, Message(o =>
        {
            o.WriteTag(OpsetDomain, WireFormat.WireType.LengthDelimited);
            o.WriteString(ContribDomain);
            o.WriteTag(OpsetVersion, WireFormat.WireType.Varint);
            o.WriteInt64(1);
        })));

        var result = new byte[pieces.Sum(p => p.Length)];
        var at = 0;
        foreach (var piece in pieces)
        {
            piece.Span.CopyTo(result.AsSpan(at));
            at += piece.Length;
        }
        return (result, quantized);
    }

    /// <summary>The graph field's payload rewritten, as pieces (read in place from the model's bytes: the graph is most
    /// of them).</summary>
    private static (List<ReadOnlyMemory<byte>> Graph, int Quantized) RewriteGraph(byte[] model, Field graphField)
    {
        var fields = Fields(model, graphField.PayloadStart, graphField.PayloadLength);
        var nodes = fields.Where(f => f.Number == GraphNode).Select(f => (Field: f, Node: ReadNode(Payload(model, f)))).ToList();
        // Only the matrices a MatMul multiplies by are decoded (not, say, the 47 MB word-embedding table).
        var multiplied = nodes.Where(n => IsMatMul(n.Node)).Select(n => n.Node.Inputs[1]).ToHashSet();
        var initializers = fields.Where(f => f.Number == GraphInitializer).Select(f => (Field: f, Name: ReadTensorName(model, f))).ToList();
        var weights = new Dictionary<string, Matrix>();
        foreach (var (field, name) in initializers)
            if (name is not null && multiplied.Contains(name) && ReadMatrix(model, field) is { } matrix) weights[name] = matrix;

        var uses = nodes.SelectMany(n => n.Node.Inputs).GroupBy(name => name).ToDictionary(g => g.Key, g => g.Count());
        var replaced = new Dictionary<int, byte[]>();       // node field start -> the new node
        var added = new List<byte[]>();
        var dropped = new HashSet<string>();
        var quantizedNames = new HashSet<string>();
        foreach (var (field, node) in nodes)
        {
            if (!IsMatMul(node) || !weights.TryGetValue(node.Inputs[1], out var weight)) continue;

            var name = weight.Name;
            if (quantizedNames.Add(name))
            {
                var (values, scales) = QuantizePerColumn(weight);
                added.Add(Tensor(name + "_int8", Int8Type, [weight.Rows, weight.Columns], (byte[])(Array)values));
                added.Add(Tensor(name + "_scale", FloatType, [weight.Columns], FloatBytes(scales)));
                added.Add(Tensor(name + "_zero", Int8Type, [weight.Columns], new byte[weight.Columns]));
            }
            replaced[field.Start] = Node(node with
            {
                OpType = "DynamicQuantizeMatMul",
                Domain = ContribDomain,
                Inputs = [node.Inputs[0], name + "_int8", name + "_scale", name + "_zero"],
            });
            // A weight two products share is quantized once; the float copy goes only when no other node reads it.
            if (--uses[name] == 0) dropped.Add(name);
        }
        if (replaced.Count == 0) return ([], 0);

        var droppedAt = initializers.Where(i => i.Name is not null && dropped.Contains(i.Name)).Select(i => i.Field.Start).ToHashSet();
        var pieces = new List<ReadOnlyMemory<byte>>();
        foreach (var field in fields)
        {
            if (field.Number == GraphNode && replaced.TryGetValue(field.Start, out var node)) pieces.Add(Framed(GraphNode, node));
            else if (field.Number == GraphInitializer && droppedAt.Contains(field.Start)) continue;
            else pieces.Add(model.AsMemory(field.Start, field.Length));
        }
        foreach (var tensor in added) pieces.Add(Framed(GraphInitializer, tensor));
        return (pieces, replaced.Count);
    }

    /// <summary>Per column: scale = largest magnitude / 127, value = round(w / scale).</summary>
    // Runs once per process over about 2 million weights: compiled optimized at once, not first in the JIT's slow tier.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static (sbyte[] Values, float[] Scales) QuantizePerColumn(Matrix weight)
    {
        var scales = new float[weight.Columns];
        for (var r = 0; r < weight.Rows; r++)
            for (var c = 0; c < weight.Columns; c++)
                scales[c] = Math.Max(scales[c], Math.Abs(weight.Values[r * weight.Columns + c]));
        for (var c = 0; c < scales.Length; c++) scales[c] = scales[c] > 0 ? scales[c] / Int8Max : 1f;

        var values = new sbyte[weight.Values.Length];
        for (var r = 0; r < weight.Rows; r++)
            for (var c = 0; c < weight.Columns; c++)
            {
                var i = r * weight.Columns + c;
                values[i] = (sbyte)Math.Clamp(MathF.Round(weight.Values[i] / scales[c]), -Int8Max, Int8Max);
            }
        return (values, scales);
    }

    private sealed record Matrix(string Name, int Rows, int Columns, float[] Values);

    private sealed record NodeFields(List<string> Inputs, List<string> Outputs, string Name, string OpType, string Domain, List<(int Start, int Length)> Other, byte[] Source);

    private static NodeFields ReadNode(byte[] node)
    {
        var inputs = new List<string>();
        var outputs = new List<string>();
        string name = "", opType = "", domain = "";
        var other = new List<(int, int)>();
        var input = new CodedInputStream(node);
        while (!input.IsAtEnd)
        {
            var start = (int)input.Position;
            var tag = input.ReadTag();
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case NodeInput: inputs.Add(input.ReadString()); break;
                case NodeOutput: outputs.Add(input.ReadString()); break;
                case NodeName: name = input.ReadString(); break;
                case NodeOpType: opType = input.ReadString(); break;
                case NodeDomain: domain = input.ReadString(); break;
                default: input.SkipLastField(); other.Add((start, (int)input.Position - start)); break;
            }
        }
        return new NodeFields(inputs, outputs, name, opType, domain, other, node);
    }

    private static byte[] Node(NodeFields node) => Message(o =>
    {
        foreach (var name in node.Inputs) { o.WriteTag(NodeInput, WireFormat.WireType.LengthDelimited); o.WriteString(name); }
        foreach (var name in node.Outputs) { o.WriteTag(NodeOutput, WireFormat.WireType.LengthDelimited); o.WriteString(name); }
        o.WriteTag(NodeName, WireFormat.WireType.LengthDelimited); o.WriteString(node.Name);
        o.WriteTag(NodeOpType, WireFormat.WireType.LengthDelimited); o.WriteString(node.OpType);
        o.WriteTag(NodeDomain, WireFormat.WireType.LengthDelimited); o.WriteString(node.Domain);
    }, node.Other.Select(f => (ReadOnlyMemory<byte>)node.Source.AsMemory(f.Start, f.Length)));

    /// <summary>A two-dimensional float initializer, or null for any other tensor; its data is read in place.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Matrix? ReadMatrix(byte[] model, Field tensor)
    {
        var dims = new List<long>();
        var type = 0;
        string name = "";
        ReadOnlySpan<byte> data = default;
        foreach (var field in Fields(model, tensor.PayloadStart, tensor.PayloadLength))
        {
            var payload = model.AsSpan(field.PayloadStart, field.PayloadLength);
            var afterTag = Varint(model, field.Start).Next;
            switch (field.Number)
            {
                case TensorDims when field.PayloadLength > 0:   // packed
                    for (var at = field.PayloadStart; at < field.PayloadStart + field.PayloadLength;)
                    {
                        var (dim, next) = Varint(model, at);
                        dims.Add((long)dim);
                        at = next;
                    }
                    break;
                case TensorDims: dims.Add((long)Varint(model, afterTag).Value); break;
                case TensorDataType: type = (int)Varint(model, afterTag).Value; break;
                case TensorName: name = System.Text.Encoding.UTF8.GetString(payload); break;
                case TensorRawData: data = payload; break;
                case TensorFloatData when field.PayloadLength > 0: data = payload; break;   // packed floats
            }
        }
        if (type != FloatType || dims.Count != 2 || name.Length == 0) return null;
        var count = checked((int)(dims[0] * dims[1]));
        // Raw data and packed float_data are both little-endian 4-byte floats, as on every machine this runs on.
        if (data.Length != count * 4) return null;
        var values = new float[count];
        data.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return new Matrix(name, (int)dims[0], (int)dims[1], values);
    }

    private static bool IsMatMul(NodeFields node) => node is { OpType: "MatMul", Domain: "" or "ai.onnx", Inputs.Count: 2 };

    /// <summary>The initializer's name, found without copying its data.</summary>
    private static string? ReadTensorName(byte[] model, Field tensor)
    {
        foreach (var field in Fields(model, tensor.PayloadStart, tensor.PayloadLength))
            if (field.Number == TensorName)
                return System.Text.Encoding.UTF8.GetString(model, field.PayloadStart, field.PayloadLength);
        return null;
    }

    private static byte[] Tensor(string name, int type, long[] dims, byte[] raw) => Message(o =>
    {
        foreach (var d in dims) { o.WriteTag(TensorDims, WireFormat.WireType.Varint); o.WriteInt64(d); }
        o.WriteTag(TensorDataType, WireFormat.WireType.Varint); o.WriteInt32(type);
        o.WriteTag(TensorName, WireFormat.WireType.LengthDelimited); o.WriteString(name);
        o.WriteTag(TensorRawData, WireFormat.WireType.LengthDelimited); o.WriteBytes(UnsafeByteOperations.UnsafeWrap(raw));
    });

    private static string? OpsetDomainOf(byte[] opset)
    {
        var input = new CodedInputStream(opset);
        while (!input.IsAtEnd)
        {
            var tag = input.ReadTag();
            if (WireFormat.GetTagFieldNumber(tag) == OpsetDomain) return input.ReadString();
            input.SkipLastField();
        }
        return "";
    }

    private static byte[] FloatBytes(float[] values) =>
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    private readonly record struct Field(int Number, int Start, int Length, int PayloadStart, int PayloadLength);

    /// <summary>The top-level fields of the message at [start, start + length), each with its whole span and, when
    /// length-delimited, its payload's; positions are into <paramref name="bytes"/>.</summary>
    private static List<Field> Fields(byte[] bytes, int start, int length)
    {
        var fields = new List<Field>();
        var at = start;
        var end = start + length;
        while (at < end)
        {
            var fieldStart = at;
            var (tag, afterTag) = Varint(bytes, at);
            var number = (int)(tag >> 3);
            int payloadStart = 0, payloadLength = 0;
            switch ((WireFormat.WireType)(tag & 7))
            {
                case WireFormat.WireType.Varint: at = Varint(bytes, afterTag).Next; break;
                case WireFormat.WireType.Fixed64: at = afterTag + 8; break;
                case WireFormat.WireType.Fixed32: at = afterTag + 4; break;
                case WireFormat.WireType.LengthDelimited:
                    var (size, payload) = Varint(bytes, afterTag);
                    (payloadStart, payloadLength) = (payload, checked((int)size));
                    at = payload + payloadLength;
                    break;
                default: throw new InvalidDataException($"Unexpected protobuf wire type in field {number} at byte {fieldStart}.");
            }
            if (at > end) throw new InvalidDataException($"Protobuf field {number} at byte {fieldStart} runs past the end of its message.");
            fields.Add(new Field(number, fieldStart, at - fieldStart, payloadStart, payloadLength));
        }
        return fields;
    }

    /// <summary>The varint at <paramref name="at"/> and the position after it.</summary>
    private static (ulong Value, int Next) Varint(byte[] bytes, int at)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= bytes.Length) throw new InvalidDataException("A protobuf varint runs past the end of the model.");
            var b = bytes[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return (value, at);
        }
        throw new InvalidDataException("A protobuf varint is longer than ten bytes.");
    }

    private static byte[] Payload(byte[] message, Field field) => message.AsSpan(field.PayloadStart, field.PayloadLength).ToArray();

    /// <summary>A length-delimited field's tag and length.</summary>
    private static byte[] Header(int number, int length)
    {
        var header = new byte[CodedOutputStream.ComputeTagSize(number) + CodedOutputStream.ComputeLengthSize(length)];
        var o = new CodedOutputStream(header);
        o.WriteTag(number, WireFormat.WireType.LengthDelimited);
        o.WriteLength(length);
        o.Flush();
        return header;
    }

    private static byte[] Framed(int number, byte[] payload) => [.. Header(number, payload.Length), .. payload];

    private static byte[] Message(Action<CodedOutputStream> write, IEnumerable<ReadOnlyMemory<byte>>? rawFields = null)
    {
        using var stream = new MemoryStream();
        var o = new CodedOutputStream(stream);
        write(o);
        o.Flush();
        foreach (var raw in rawFields ?? []) stream.Write(raw.Span);
        return stream.ToArray();
    }
}
