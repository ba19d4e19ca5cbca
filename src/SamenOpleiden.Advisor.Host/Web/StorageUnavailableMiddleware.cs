using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Host.Web;

/// <summary>
/// Turns a database outage into 503 with <c>Retry-After</c> and a Dutch message, for every channel,
/// instead of a 500: Teams and Direct Line clients retry later, and nothing half-done was saved.
/// </summary>
internal static class StorageUnavailableMiddleware
{
    private const int RetryAfterSeconds = 5;

    public static IApplicationBuilder UseStorageUnavailable(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception exception) when (StorageUnavailableException.Describes(exception) && !context.Response.HasStarted)
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(StorageUnavailableMiddleware));
                logger.LogWarning("Database unavailable for {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path, exception.GetBaseException().Message);
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await context.Response.WriteAsJsonAsync(new
                {
                    error = new { code = "ServiceUnavailable", message = StorageUnavailableException.UserMessage },
                });
            }
        });
}
