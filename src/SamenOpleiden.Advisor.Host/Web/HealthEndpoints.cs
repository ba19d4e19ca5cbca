using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Storage;

namespace SamenOpleiden.Advisor.Host.Web;

/// <summary>Liveness and readiness for load balancers and orchestrators.</summary>
internal static class HealthEndpoints
{
    /// <summary>Liveness: answers as soon as the service listens, also while the rules are still compiling.</summary>
    public const string LivenessPath = "/healthz";

    public static void MapHealth(this WebApplication app)
    {
        app.MapGet(LivenessPath, () => Results.Text("ok"));
        // Not ready while the shared database is unreachable, so a load balancer sends turns elsewhere.
        app.MapGet("/readyz", async (IAssessmentEvaluator rules, IServiceProvider services, CancellationToken cancellationToken) =>
            services.GetService<IStorageHealth>() is { } storage && !await storage.IsAvailableAsync(cancellationToken)
                ? Results.Json(new { status = "unavailable", reason = "database" }, statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Json(new { status = "ready", rulesVersion = rules.RulesVersion }));
    }
}
