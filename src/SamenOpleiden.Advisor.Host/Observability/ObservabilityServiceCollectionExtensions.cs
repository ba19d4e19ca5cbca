using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Core.Assessment;

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

    /// <summary>Call after the engine and the rules are registered: it wraps them.</summary>
    public static IServiceCollection AddAdvisorObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AdvisorMetrics>();
        Decorate<IConversationEngine>(services, (provider, inner) => ActivatorUtilities.CreateInstance<MeteredConversationEngine>(provider, inner));
        Decorate<IAssessmentEvaluator>(services, (provider, inner) => new MeteredAssessmentEvaluator(inner, provider.GetRequiredService<AdvisorMetrics>()));

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

    private static void Decorate<T>(IServiceCollection services, Func<IServiceProvider, T, T> wrap)
        where T : class
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(T));
        if (original is null)
        {
            return;
        }

        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(typeof(T), provider => wrap(provider, Resolve<T>(provider, original)), original.Lifetime));
    }

    private static T Resolve<T>(IServiceProvider provider, ServiceDescriptor original)
        where T : class =>
        original.ImplementationInstance as T
        ?? original.ImplementationFactory?.Invoke(provider) as T
        ?? (T)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!);
}
