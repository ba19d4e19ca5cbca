using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Testing;

/// <summary>Keeps the service's log lines (warning and above) so tests can check that a refusal says why.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
