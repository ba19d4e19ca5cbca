using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.BotFramework.Auth;
using SamenOpleiden.Advisor.BotFramework.Messaging;

namespace SamenOpleiden.Advisor.BotFramework;

/// <summary>Maps <c>POST /api/messages</c>, the endpoint Azure Bot Service and Teams deliver activities to.</summary>
public static class BotFrameworkEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the endpoint. Without <c>MicrosoftAppId</c> (development mode, no auth) this throws, naming the addresses,
    /// when the server is configured to listen anywhere but loopback, so the service refuses to start.
    /// </summary>
    public static IEndpointConventionBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        if (!services.GetRequiredService<BotFrameworkOptions>().IsAuthenticationEnabled)
        {
            var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            DevelopmentModeBindingGuard.EnsureLoopbackOnly(services.GetRequiredService<IConfiguration>(), addresses);
        }

        return endpoints.MapPost("/api/messages", (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));
    }
}
