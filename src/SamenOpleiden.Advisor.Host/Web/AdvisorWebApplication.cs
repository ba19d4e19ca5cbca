using SamenOpleiden.Advisor.Host.Composition;
using SamenOpleiden.Advisor.Host.Reports;

namespace SamenOpleiden.Advisor.Host.Web;

/// <summary>Builds and runs the ASP.NET Core service: one line per concern.</summary>
internal static class AdvisorWebApplication
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAdvisorCore(builder.Configuration);
        builder.Services.AddReports(builder.Configuration);

        var app = builder.Build();
        app.MapHealth();
        app.MapReports();

        await app.RunAsync(cancellationToken);
        return 0;
    }
}
