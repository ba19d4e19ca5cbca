using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport;

/// <summary>Collects every log line (level, category, formatted message and exception) so tests can read what an operator would.</summary>
internal sealed class ListLoggerProvider(ConcurrentQueue<(LogLevel, string, string)> sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, sink);

    public void Dispose()
    {
    }

    private sealed class ListLogger(string category, ConcurrentQueue<(LogLevel, string, string)> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}
