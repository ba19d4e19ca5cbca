using SamenOpleiden.Advisor.BotFramework.DirectLine;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Host.Web.WebChat;

/// <summary>
/// Composes the web chat: the Direct Line service with its transcripts in the advisor's SQLite file
/// (registered by <c>AddAdvisorStorage</c>).
/// </summary>
internal static class WebChatServiceCollectionExtensions
{
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ITranscriptStore>(provider => new SqliteTranscriptStore(provider.GetRequiredService<SqliteDatabase>()));
        services.AddDirectLine(configuration);
        return services;
    }
}
