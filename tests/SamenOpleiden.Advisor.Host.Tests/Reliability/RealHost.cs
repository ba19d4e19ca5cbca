using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>
/// The real service for the tests that kill it or take its database away: its own process (<see cref="AdvisorService"/>),
/// /api/messages in development mode (no MicrosoftAppId), Direct Line with a shared secret and limits these tests never
/// reach, warnings only in its log.
/// </summary>
internal static class RealHost
{
    public const string Secret = AdvisorInstance.Secret;

    public static Task<AdvisorService> StartOnPostgresAsync(string connectionString) =>
        StartAsync(new() { ["Storage__Provider"] = "Postgres", ["ConnectionStrings__Advisor"] = connectionString });

    public static Task<AdvisorService> StartOnSqliteAsync(string databasePath) =>
        StartAsync(new() { ["Storage__Provider"] = "Sqlite", ["Storage__SqlitePath"] = databasePath });

    private static Task<AdvisorService> StartAsync(Dictionary<string, string> environment)
    {
        environment["MicrosoftAppId"] = "";
        environment["DirectLine__Secret"] = Secret;
        environment["DirectLine__RequestsPerMinutePerIp"] = "1000000";
        environment["DirectLine__MessagesPerMinutePerConversation"] = "100000";
        environment["Logging__LogLevel__Default"] = "Warning";
        return AdvisorService.StartAsync(environment);
    }
}
