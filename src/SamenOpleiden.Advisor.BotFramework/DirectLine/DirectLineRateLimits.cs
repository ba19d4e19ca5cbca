using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.Conversation.Guessing;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// Flood protection for an open page: per IP on every Direct Line and token call (a global limiter
/// scoped to those paths), per conversation on posted messages, per IP on page tokens.
/// Limits are generous because DirectLineJS treats a 429 as a failed call.
/// </summary>
internal static class DirectLineRateLimits
{
    public const string PerConversation = "directline-conversation";
    public const string TokenPerIp = "webchat-token";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddDirectLineRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await DirectLineErrors.TooManyRequests().ExecuteAsync(context.HttpContext);
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                IsDirectLine(http.Request.Path)
                    ? Fixed("ip:" + ClientIp(http), Options(http).RequestsPerMinutePerIp)
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            limiter.AddPolicy(PerConversation, http =>
                Fixed("conversation:" + http.Request.RouteValues["conversationId"], Options(http).MessagesPerMinutePerConversation));
            limiter.AddPolicy(TokenPerIp, http => Fixed("token:" + ClientIp(http), Options(http).TokensPerMinutePerIp));
        });
        return services;
    }

    private static bool IsDirectLine(PathString path) =>
        path.StartsWithSegments("/v3/directline") || path.StartsWithSegments("/api/webchat");

    private static RateLimitPartition<string> Fixed(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = Window,
            QueueLimit = 0,
        });

    private static DirectLineOptions Options(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;

    // The connection's address is the real client's when forwarded headers come from a configured proxy (the host's
    // UseForwardedHeaders runs first); an IPv6 client counts by its /64.
    private static string ClientIp(HttpContext http) => ClientAddress.Of(http.Connection.RemoteIpAddress);
}
