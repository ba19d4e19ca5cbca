using SamenOpleiden.Advisor.BotFramework;
using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Web;

/// <summary>Builds and runs the ASP.NET Core service: one line per concern.</summary>
internal static class AdvisorWebApplication
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAdvisorCore(builder.Configuration);
        builder.Services.AddBotFramework(builder.Configuration);

        var app = builder.Build();
        app.MapHealth();
        app.MapBotFramework();

        await app.RunAsync(cancellationToken);
        return 0;
    }
}
