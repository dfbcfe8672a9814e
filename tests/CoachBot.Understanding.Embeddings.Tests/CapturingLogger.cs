using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CoachBot.Understanding.Embeddings.Tests;

/// <summary>Keeps what is logged, to check levels and that no user text reaches the log.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, EventId Id, string Message, Exception? Exception)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, eventId, formatter(state, exception), exception));
}
