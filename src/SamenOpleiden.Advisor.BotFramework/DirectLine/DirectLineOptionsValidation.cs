using Microsoft.Extensions.Options;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>Checks the Direct Line settings at start, each fault naming the key to fix and what it should hold.</summary>
internal sealed class DirectLineOptionsValidation : IValidateOptions<DirectLineOptions>
{
    /// <summary>Shorter secrets can be guessed; Microsoft's own Direct Line secrets are over 40 characters.</summary>
    public const int MinimumSecretLength = 16;

    /// <summary>Web Chat (DirectLineJS) refreshes its token every 15 minutes: a token must outlive that.</summary>
    public static readonly TimeSpan TokenRefreshInterval = TimeSpan.FromMinutes(15);

    /// <summary>A user's message must fit in a transcript: at least the largest activity a channel accepts.</summary>
    public const long MinimumTranscriptBytes = 64 * 1024;

    private const string Prefix = DirectLineOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var faults = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Secret) && options.Secret.Length < MinimumSecretLength)
        {
            faults.Add($"{Prefix}Secret is {options.Secret.Length} characters long; it must be at least {MinimumSecretLength} " +
                "(e.g. from 'openssl rand -base64 32'), or left empty for a random secret per process.");
        }

        if (!string.Equals(options.Bot, "advisor", StringComparison.OrdinalIgnoreCase) && !string.Equals(options.Bot, "echo", StringComparison.OrdinalIgnoreCase))
        {
            faults.Add($"{Prefix}Bot '{options.Bot}' is unknown; use 'advisor' (or 'echo' for protocol tests).");
        }

        foreach (var origin in options.AllowedOrigins.Where(origin => !IsOrigin(origin)))
        {
            faults.Add($"{Prefix}AllowedOrigins '{origin}' is not a site's origin such as https://site.example (scheme, host and port only).");
        }

        if (options.PublicBaseUrl is { Length: > 0 } baseUrl && !IsHttpUrl(baseUrl))
        {
            faults.Add($"{Prefix}PublicBaseUrl '{baseUrl}' is not an absolute http(s) URL such as https://advisor.example.");
        }

        if (options.TokenLifetime <= TokenRefreshInterval)
        {
            faults.Add($"{Prefix}TokenLifetime is {options.TokenLifetime}; it must be longer than {TokenRefreshInterval}, the interval at which Web Chat refreshes its token.");
        }

        if (options.StreamUrlLifetime <= TimeSpan.Zero)
        {
            faults.Add($"{Prefix}StreamUrlLifetime is {options.StreamUrlLifetime}; it must be positive.");
        }

        AtLeastOne(faults, "RequestsPerMinutePerIp", options.RequestsPerMinutePerIp);
        AtLeastOne(faults, "MessagesPerMinutePerConversation", options.MessagesPerMinutePerConversation);
        AtLeastOne(faults, "TokensPerMinutePerIp", options.TokensPerMinutePerIp);
        if (options.MaxTranscriptBytesPerConversation < MinimumTranscriptBytes)
        {
            faults.Add($"{Prefix}MaxTranscriptBytesPerConversation is {options.MaxTranscriptBytesPerConversation}; it must be at least {MinimumTranscriptBytes} bytes (a whole assessment takes about 200 kB).");
        }

        if (string.IsNullOrWhiteSpace(options.BotId) || string.IsNullOrWhiteSpace(options.BotName))
        {
            faults.Add($"{Prefix}BotId and {Prefix}BotName must not be empty: Web Chat shows them on every reply.");
        }

        return faults.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(faults);
    }

    private static void AtLeastOne(List<string> faults, string key, int limit)
    {
        if (limit < 1)
        {
            faults.Add($"{Prefix}{key} is {limit}; a limit must be at least 1 (0 would refuse everyone).");
        }
    }

    private static bool IsOrigin(string value) =>
        IsHttpUrl(value) && new Uri(value).AbsolutePath == "/" && string.IsNullOrEmpty(new Uri(value).Query);

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
