using SamenOpleiden.Advisor.BotFramework.DirectLine;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Host.Web.WebChat;

/// <summary>Composes the web chat: the Direct Line service with its transcripts in SQLite.</summary>
internal static class WebChatServiceCollectionExtensions
{
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        // A file next to the app by default (any working directory works); ConnectionStrings:Sqlite overrides it.
        services.AddSingleton<ITranscriptStore>(provider => new SqliteTranscriptStore(
            provider.GetRequiredService<IConfiguration>().GetConnectionString("Sqlite")
            ?? $"Data Source={Path.Combine(AppContext.BaseDirectory, "advisor.db")}"));
        services.AddDirectLine(configuration);
        return services;
    }
}
