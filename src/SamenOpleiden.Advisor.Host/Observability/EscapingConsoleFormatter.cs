using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace SamenOpleiden.Advisor.Host.Observability;

/// <summary>
/// The service's console log format: the simple one (<c>info: Category[Event]</c>, then the message indented), except
/// that a message is always one line with its control characters written as escapes, and every line of an exception is
/// indented. Only a new entry starts at the left margin, so a value that came from outside (a token's <c>kid</c>, an
/// activity's type, a conversation id from a URL) can never add a line that looks like an entry of its own.
/// Select the JSON format instead with <c>Logging:Console:FormatterName=json</c>.
/// </summary>
internal sealed class EscapingConsoleFormatter(IOptionsMonitor<SimpleConsoleFormatterOptions> options) : ConsoleFormatter(Name)
{
    public new const string Name = "advisor";
    private const string Indent = "      ";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        var settings = options.CurrentValue;
        var line = new StringBuilder();
        if (settings.TimestampFormat is { } format)
        {
            var now = settings.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now;
            line.Append(now.ToString(format, CultureInfo.InvariantCulture));
        }

        line.Append(Level(logEntry.LogLevel)).Append(": ").Append(logEntry.Category)
            .Append('[').Append(logEntry.EventId.Id.ToString(CultureInfo.InvariantCulture)).Append(']')
            .Append(settings.SingleLine ? " " : Environment.NewLine + Indent);
        Escape(message, line);
        textWriter.WriteLine(line.ToString());
        if (logEntry.Exception is { } exception)
        {
            foreach (var exceptionLine in exception.ToString().Split('\n'))
            {
                textWriter.WriteLine(Indent + exceptionLine.TrimEnd('\r'));
            }
        }
    }

    /// <summary>Appends <paramref name="text"/> with line breaks, other control characters and Unicode line separators escaped.</summary>
    internal static void Escape(string text, StringBuilder into)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '\r' => into.Append("\\r"),
                '\n' => into.Append("\\n"),
                '\t' => into.Append("\\t"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => into.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => into.Append(c),
            };
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
