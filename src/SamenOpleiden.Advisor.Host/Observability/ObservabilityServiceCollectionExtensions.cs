using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Observability;

/// <summary>
/// Metrics and per-turn log lines. OpenTelemetry collects the advisor's meters (turns, latency, rule
/// evaluation, rejections, rephrasing fallbacks) and exports them over OTLP when configured:
/// <c>"Observability": { "OtlpEndpoint": "http://collector:4317", "OtlpProtocol": "Grpc" }</c>
/// (or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>). Without it nothing leaves the process.
/// </summary>
internal static class ObservabilityServiceCollectionExtensions
{
    private static readonly int[] RejectedStatuses = [400, 401, 403, 413, 429, 503];

    /// <summary>Wraps the conversation engine and the rules, whichever registrations of them are in force when the container is built.</summary>
    public static IServiceCollection AddAdvisorObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AdvisorMetrics>();
        services.Decorate<IConversationEngine>((provider, inner) => ActivatorUtilities.CreateInstance<MeteredConversationEngine>(provider, inner));
        services.Decorate<IAssessmentEvaluator>((provider, inner) => new MeteredAssessmentEvaluator(inner, provider.GetRequiredService<AdvisorMetrics>()));

        var endpoint = configuration["Observability:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            // The rephrasing layer's meter (its fallbacks and model latency) by name: its metrics class is internal.
            metrics.AddMeter(AdvisorMetrics.MeterName, "SamenOpleiden.Advisor.Rephrasing");
            if (!string.IsNullOrWhiteSpace(endpoint))
            {
                metrics.AddOtlpExporter(otlp =>
                {
                    otlp.Endpoint = new Uri(endpoint);
                    otlp.Protocol = string.Equals(configuration["Observability:OtlpProtocol"], "HttpProtobuf", StringComparison.OrdinalIgnoreCase)
                        ? OtlpExportProtocol.HttpProtobuf
                        : OtlpExportProtocol.Grpc;
                });
            }
        });
        return services;
    }

    /// <summary>Counts refused requests by status once the response is decided.</summary>
    public static IApplicationBuilder UseAdvisorObservability(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (RejectedStatuses.Contains(context.Response.StatusCode))
            {
                context.RequestServices.GetRequiredService<AdvisorMetrics>().Rejection(context.Response.StatusCode);
            }
        });
}
