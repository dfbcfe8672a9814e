using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CoachBot.Llm.Tests;

public sealed record LogEntry(string Category, LogLevel Level, EventId Id, string Text);

/// <summary>Keeps every log line, so tests can check the reason was logged and no user text was.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    /// <summary>Everything logged, at every level and from every category, exceptions included.</summary>
    public string AllText => string.Join("\n", _entries.Select(e => e.Text));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue(new LogEntry(category, logLevel, eventId,
                formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}
