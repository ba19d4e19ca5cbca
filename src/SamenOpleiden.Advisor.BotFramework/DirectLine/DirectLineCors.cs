using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// CORS for pages on the configured site origins only: the methods and headers DirectLineJS sends
/// (it adds <c>x-ms-bot-agent</c> to every call; rxjs ajax adds <c>X-Requested-With</c>), no credentials.
/// </summary>
internal static class DirectLineCors
{
    public const string Policy = "directline";

    public static IServiceCollection AddDirectLineCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(Policy, policy => policy
                .WithOrigins([.. directLine.Value.AllowedOrigins.Select(origin => origin.TrimEnd('/'))])
                .WithMethods("GET", "POST", "OPTIONS")
                .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent", "X-Requested-With")
                .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return services;
    }
}
