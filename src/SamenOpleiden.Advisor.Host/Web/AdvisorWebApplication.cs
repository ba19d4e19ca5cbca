using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Web;

/// <summary>Builds and runs the ASP.NET Core service: one line per concern.</summary>
internal static class AdvisorWebApplication
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAdvisorCore(builder.Configuration);
        // Keep last among the Add lines: with Storage:Provider=Postgres it replaces the SQLite stores registered above.
        builder.Services.AddAdvisorStorageProvider(builder.Configuration);

        var app = builder.Build();
        app.UseStorageUnavailable();
        app.MapHealth();

        await app.RunAsync(cancellationToken);
        return 0;
    }
}
