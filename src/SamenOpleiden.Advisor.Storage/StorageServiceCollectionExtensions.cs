using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Conversation.Delivery;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Rephrasing.Caching;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Storage;

/// <summary>Registers the SQLite stores on one database file.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SqliteDatabase"/> on <paramref name="databasePath"/> and on it the conversation store, the
    /// undelivered replies, retention and the rephrasing cache.
    /// </summary>
    public static IServiceCollection AddAdvisorSqliteStorage(this IServiceCollection services, string databasePath)
    {
        services.AddSingleton(new SqliteDatabase(databasePath));
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddSingleton<IUndeliveredReplyStore, SqliteUndeliveredReplyStore>();
        services.AddSingleton<IDataRetention, SqliteDataRetention>();
        // Before AddRephrasing, which only adds its in-memory cache when none is registered.
        services.AddSingleton<IRephrasingCache>(provider => new SqliteRephrasingCache(
            provider.GetRequiredService<SqliteDatabase>(), provider.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }
}
