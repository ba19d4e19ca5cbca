using Microsoft.Extensions.Logging.Console;

namespace SamenOpleiden.Advisor.Host.Observability;

/// <summary>Makes <see cref="EscapingConsoleFormatter"/> the console's format unless configuration names another.</summary>
internal static class LoggingBuilderExtensions
{
    public static ILoggingBuilder AddEscapingConsole(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.AddConsoleFormatter<EscapingConsoleFormatter, SimpleConsoleFormatterOptions>();
        if (string.IsNullOrEmpty(configuration["Logging:Console:FormatterName"]))
        {
            logging.Services.Configure<ConsoleLoggerOptions>(console => console.FormatterName = EscapingConsoleFormatter.Name);
        }

        return logging;
    }
}
