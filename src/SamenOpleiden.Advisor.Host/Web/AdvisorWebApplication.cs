using SamenOpleiden.Advisor.BotFramework;
using SamenOpleiden.Advisor.Host.Composition;
using SamenOpleiden.Advisor.Host.Observability;
using SamenOpleiden.Advisor.Host.Privacy;
using SamenOpleiden.Advisor.Host.Web.Security;
using SamenOpleiden.Advisor.Host.Web.WebChat;
using SamenOpleiden.Advisor.Host.Reports;
using SamenOpleiden.Advisor.Storage;

namespace SamenOpleiden.Advisor.Host.Web;

/// <summary>Builds and runs the ASP.NET Core service: one line per concern.</summary>
internal static class AdvisorWebApplication
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // Compiling the rules takes longer than building and starting the host: it starts first, on another core.
        var rules = new RulesLoading(EarlyRulesDirectory.Resolve(args), CoreServiceCollectionExtensions.LoadValidated);
        WebApplication app;
        try
        {
            app = Build(args, rules);
        }
        catch (Exception e) when (StartupFault.Describe(e) is { } reason)
        {
            return await RefuseAsync(reason);
        }

        await using (app)
        {
            try
            {
                // Listening starts while the rules compile; turns wait for them, broken rules stop the start.
                await app.StartAsync(cancellationToken);
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

    private static WebApplication Build(string[] args, RulesLoading rules)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddShippedSettings();
        builder.Logging.AddEscapingConsole(builder.Configuration);
        // Read here, so a proxy address that does not parse stops the start naming its key.
        var proxies = ForwardedHeadersSetup.Read(builder.Configuration);
        // No endpoint reads more than a Direct Line upload; Kestrel refuses anything larger before it is read.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = ChannelLimits.Read(builder.Configuration).MaxUploadBytes);
        builder.Services.AddAdvisorCore(builder.Configuration, rules);
        builder.Services.AddAdvisorStorage(builder.Configuration);
        builder.Services.AddAdvisorConversation(builder.Configuration);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddWebChat(builder.Configuration);
        builder.Services.AddAdvisorRephrasing(builder.Configuration);
        builder.Services.AddReports(builder.Configuration);
        builder.Services.AddRetention(builder.Configuration);
        // After the engine and rules: wraps them with metrics and per-turn log lines.
        builder.Services.AddAdvisorObservability(builder.Configuration);

        var app = builder.Build();
        // Read now: a weak or missing region secret stops the start here, named, before anything listens.
        _ = app.Services.GetRequiredService<ReportsOptions>();
        // First: every limit after it sees the real client, and every answer carries the security headers.
        app.UseConfiguredForwardedHeaders(proxies);
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
