using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Web;

/// <summary>
/// Holds every request but the liveness probe until the rules are compiled: the service listens while they load, and
/// no turn is answered without them. Once they are ready this is one check per request.
/// </summary>
internal static class RulesReadyMiddleware
{
    public static void UseRulesReady(this WebApplication app)
    {
        var rules = app.Services.GetRequiredService<LoadedRules>().Evaluator;
        app.Use(next => context =>
            rules.IsCompletedSuccessfully || context.Request.Path.StartsWithSegments(HealthEndpoints.LivenessPath)
                ? next(context)
                : WaitAsync(rules, next, context));
    }

    private static async Task WaitAsync(Task rules, RequestDelegate next, HttpContext context)
    {
        try
        {
            await rules.WaitAsync(context.RequestAborted);
        }
        catch (Exception) when (rules.IsFaulted)
        {
            // Broken rules: the service is stopping with the faults named on stderr.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        await next(context);
    }
}
