using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Storage;

/// <summary>Registers the SQLite stores on one database file.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds <see cref="SqliteDatabase"/> on <paramref name="databasePath"/> and the conversation store on it.</summary>
    public static IServiceCollection AddAdvisorSqliteStorage(this IServiceCollection services, string databasePath)
    {
        services.AddSingleton(new SqliteDatabase(databasePath));
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        return services;
    }
}
