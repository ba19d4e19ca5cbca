using Microsoft.Extensions.Logging;

namespace SamenOpleiden.Advisor.Rephrasing.Diagnostics;

/// <summary>The layer's log lines. None carries the API key, the prompt or the respondent's words (remarks or answers).</summary>
internal static partial class RephrasingLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Rephrasing fell back to the rule text: {Reason} ({Detail}); rules {RulesVersion}, prompts {PromptVersion}, model {Model}")]
    public static partial void FellBack(ILogger logger, string reason, string detail, string rulesVersion, string promptVersion, string model);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Debug, Message = "Rephrasing passed the guard in {Seconds:0.00}s; rules {RulesVersion}, prompts {PromptVersion}, model {Model}")]
    public static partial void Rephrased(ILogger logger, double seconds, string rulesVersion, string promptVersion, string model);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Debug, Message = "Rephrasing served from the cache; rules {RulesVersion}, prompts {PromptVersion}, model {Model}")]
    public static partial void CacheHit(ILogger logger, string rulesVersion, string promptVersion, string model);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Error, Message = "The rephrasing cache failed; continuing without it")]
    public static partial void CacheFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Warning, Message = "Reading an answer fell back to the deterministic reader: {Reason} ({Detail}); prompts {PromptVersion}, model {Model}")]
    public static partial void ReadingFellBack(ILogger logger, string reason, string detail, string promptVersion, string model);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Debug, Message = "Reading an answer gave {Outcome} in {Seconds:0.00}s; prompts {PromptVersion}, model {Model}")]
    public static partial void Read(ILogger logger, string outcome, double seconds, string promptVersion, string model);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Rephrasing is on: endpoint {Endpoint}, model {Model}, style {Style}, timeout {TimeoutSeconds}s, prompts {PromptVersion}")]
    public static partial void Enabled(ILogger logger, string endpoint, string model, string style, double timeoutSeconds, string promptVersion);
}
