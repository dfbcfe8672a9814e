using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Host.Tests.Telemetry;

/// <summary>A span as exported: its scope, name and attributes (values as text).</summary>
internal sealed record ExportedSpan(string Scope, string Name, IReadOnlyDictionary<string, string> Attributes);

/// <summary>A metric data point as exported: the metric's name and the point's attributes.</summary>
internal sealed record ExportedPoint(string Metric, IReadOnlyDictionary<string, string> Attributes);

/// <summary>
/// An OTLP/HTTP (protobuf) collector on 127.0.0.1 and a port the OS picks: takes <c>POST /v1/traces</c>,
/// <c>/v1/metrics</c> and <c>/v1/logs</c>, keeps the bodies as sent, and reads spans and metric points out of them.
/// </summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _exports = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<(string Path, byte[] Body)> Exports => [.. _exports];

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (HttpContext context, string signal) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            receiver._exports.Enqueue((signal, body.ToArray()));
            // An empty Export*ServiceResponse: everything accepted.
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Endpoint = new Uri(address);
        return receiver;
    }

    /// <summary>ExportTraceServiceRequest: resource_spans(1) / scope_spans(2) / scope(1).name(1), spans(2): name(5), attributes(9).</summary>
    public IReadOnlyList<ExportedSpan> Spans() =>
        [.. Bodies("traces").SelectMany(body => Protobuf.At(body, 1, 2)).SelectMany(scopeSpans =>
        {
            var scope = Protobuf.At(scopeSpans, 1).Select(s => Text(s, 1)).FirstOrDefault() ?? "";
            return Protobuf.At(scopeSpans, 2).Select(span => new ExportedSpan(scope, Text(span, 5), Attributes(span, 9)));
        })];

    /// <summary>ExportMetricsServiceRequest: resource_metrics(1) / scope_metrics(2) / metrics(2): name(1); points of sum(7), gauge(5), histogram(9).</summary>
    public IReadOnlyList<ExportedPoint> MetricPoints() =>
        [.. Bodies("metrics").SelectMany(body => Protobuf.At(body, 1, 2, 2)).SelectMany(metric =>
        {
            var name = Text(metric, 1);
            // Every data point kind keeps its points in field 1 and their attributes in field 7 (NumberDataPoint) or 9 (HistogramDataPoint).
            var points = new[] { 5, 7 }.SelectMany(kind => Protobuf.At(metric, kind, 1)).Select(p => Attributes(p, 7))
                .Concat(Protobuf.At(metric, 9, 1).Select(p => Attributes(p, 9)));
            return points.Select(attributes => new ExportedPoint(name, attributes));
        })];

    private IEnumerable<ReadOnlyMemory<byte>> Bodies(string signal) =>
        Exports.Where(e => e.Path == signal).Select(e => (ReadOnlyMemory<byte>)e.Body);

    private static string Text(ReadOnlyMemory<byte> message, int field) =>
        Protobuf.Read(message).Where(f => f.Number == field).Select(f => f.Text).FirstOrDefault() ?? "";

    /// <summary>KeyValue: key(1), value(2) = AnyValue: string(1), bool(2), int(3), double(4).</summary>
    private static Dictionary<string, string> Attributes(ReadOnlyMemory<byte> message, int field)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in Protobuf.At(message, field))
        {
            var key = Text(pair, 1);
            var value = Protobuf.At(pair, 2).SelectMany(v => Protobuf.Read(v)).FirstOrDefault();
            attributes[key] = value.Number switch
            {
                1 => value.Text,
                2 => (value.Value != 0).ToString(),
                3 => ((long)value.Value).ToString(System.Globalization.CultureInfo.InvariantCulture),
                4 => BitConverter.UInt64BitsToDouble(value.Value).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => "",
            };
        }
        return attributes;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
