using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.BotFramework;
using SamenOpleiden.Advisor.Host.Composition;
using SamenOpleiden.Advisor.Host.Observability;
using SamenOpleiden.Advisor.Host.Reports;
using SamenOpleiden.Advisor.Host.Web.Security;
using SamenOpleiden.Advisor.Host.Web.WebChat;

namespace SamenOpleiden.Advisor.Host.Web;

/// <summary>Builds and runs the ASP.NET Core service: one line per concern.</summary>
internal static class AdvisorWebApplication
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (Exception e) when (StartupFault.Describe(e) is { } reason)
        {
            return await RefuseAsync(reason);
        }

        await using (app)
        {
            // Listening starts while the rules compile: turns wait for them (/healthz answers at once, /readyz once
            // they are ready), broken rules stop the start.
            await app.StartAsync(cancellationToken);
            try
            {
                await app.Services.GetRequiredService<LoadedRules>().Evaluator;
            }
            catch (Exception e) when (StartupFault.Describe(e) is { } reason)
            {
                await app.StopAsync(CancellationToken.None);
                return await RefuseAsync(reason);
            }

            await app.WaitForShutdownAsync(cancellationToken);
        }

        return 0;
    }

    private static async Task<int> RefuseAsync(string reason)
    {
        await Console.Error.WriteLineAsync($"The service does not start: {reason}");
        return 1;
    }

    private static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddAdvisorSettings();
        // Compiling the rules takes longer than building and starting the host: it starts now, on another core.
        var rules = RulesLoading.Start(AdvisorPaths.Rules(builder.Configuration));
        builder.Logging.AddEscapingConsole(builder.Configuration);
        builder.Services.AddAdvisor(builder.Configuration, rules);
        builder.Host.UseServiceProviderFactory(new DecoratingServiceProviderFactory(builder.Environment));

        var app = builder.Build();
        // Every section's settings are checked before anything listens; the faults are named together, by key.
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        // First: every limit after it sees the real client, and every answer carries the security headers.
        app.UseConfiguredForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseRulesReady();
        app.UseAdvisorObservability();
        app.UseStorageUnavailable();
        app.MapHealth();
        app.MapBotFramework();
        app.MapWebChat();
        app.MapReports();
        return app;
    }
}
