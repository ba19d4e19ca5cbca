using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rephrasings;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Storage.Database;
using SamenOpleiden.Advisor.Storage.Stores;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts.EarlierBuilds;

/// <summary>
/// One respondent's data as the builds before the stores were written once left it in a database: the frozen script
/// of such a build per provider (<c>sqlite.sql</c>, <c>postgres.sql</c> next to this file) and the values its
/// parameters take. A web chat respondent with a conversation, an answered activity, an assessment, a report with its
/// link in a region, a transcript, a cached rephrasing and an undelivered reply, each where that build's schema had it.
/// </summary>
internal static partial class EarlierBuild
{
    public const string RespondentKey = "directline:u-oud";
    public const string ConversationId = "conv-oud";
    public const string ConversationKey = "directline:" + ConversationId;
    public const string AnsweredActivity = ConversationId + "|0000003";
    public const string ErasedConversationId = "conv-gewist";
    public const string RegionId = "noord";
    public const string CoordinatorToken = "coordinator-token-oud";
    public const string AccessCode = "NRDW-7K3P";
    public const string LinkToken = "link-token-oud-0123456";
    public const string ReplyText = "Welkom terug";
    public const string RephrasedText = "Herschreven advies";

    /// <summary>The transcript's two payloads, as the script stores them.</summary>
    public static IReadOnlyList<string> TranscriptPayloads { get; } =
        ["{\"id\":\"conv-oud|0000001\",\"text\":\"Hallo\"}", "{\"id\":\"conv-oud|0000002\",\"text\":\"Welkom terug\"}"];

    /// <summary>When the assessment and the report were finished, in the offset the respondent's clock gave.</summary>
    public static DateTimeOffset CompletedAt { get; } = new DateTimeOffset(2026, 11, 23, 10, 15, 30, TimeSpan.FromHours(1)).AddTicks(1_234_567);

    /// <summary>Midnight after the day the script's rows were written (they are all of 23 November 2026, UTC).</summary>
    public static DateTimeOffset StartOfNextDay { get; } = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    /// <summary>When the current build opens the database: the morning after.</summary>
    public static DateTimeOffset NextDay { get; } = StartOfNextDay.AddHours(9);

    public static AssessmentResult Result { get; } = ResultFixtures.SharedCase("binnenmeren");

    public static IReadOnlyDictionary<string, string> Remarks { get; } = new Dictionary<string, string> { ["kwaliteit"] = "Kort" };

    public static RephrasingCacheKey RephrasingKey { get; } = RephrasingCacheKey.For(Result, Remarks, "warm", "prompts-1", "model-1");

    private static IReadOnlyDictionary<string, object> Parameters { get; } = new Dictionary<string, object>
    {
        ["@state"] = ConversationStateJson.Serialize(new ConversationState
        {
            ConversationKey = ConversationKey,
            RespondentKey = RespondentKey,
            Profile = new RegionProfile { RegionName = "Binnenmeren" },
        }),
        ["@replies"] = ReplyJson.Serialize([new TextReply(ReplyText)]),
        ["@rules"] = Result.RulesVersion,
        ["@result"] = AssessmentJson.Serialize(Result),
        ["@remarks"] = JsonSerializer.Serialize(Remarks),
        ["@coordinator_hash"] = SecretTokens.Hash(CoordinatorToken),
        ["@access_code_hash"] = SecretTokens.HashAccessCode(AccessCode),
        ["@completed_ticks"] = CompletedAt.UtcTicks,
        ["@token_hash"] = SecretTokens.Hash(LinkToken),
        ["@expires_ticks"] = CompletedAt.AddDays(90).UtcTicks,
        ["@rephrasing_key"] = RephrasingKey.Value,
        ["@erased_hash"] = ErasureHashes.OfConversation(ErasedConversationId),
    };

    /// <summary>The bytes the transcript holds, which its size cap counts.</summary>
    public static long TranscriptBytes => TranscriptPayloads.Sum(payload => (long)Encoding.UTF8.GetByteCount(payload));

    /// <summary>Runs the earlier build's script on <paramref name="database"/> up to schema version <paramref name="version"/>, each version in its own transaction as that build did.</summary>
    public static async Task WriteAsync(TestDatabase database, string script, int version)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Contracts", "EarlierBuilds", script));
        var sections = VersionHeader().Split(text);
        await using var connection = database.OpenConnection();
        // Split gives the text before the first header, then each header's number and the statements under it.
        for (var i = 1; i + 1 < sections.Length && int.Parse(sections[i], System.Globalization.CultureInfo.InvariantCulture) <= version; i += 2)
        {
            var sql = sections[i + 1];
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in Parameters.Where(p => sql.Contains(p.Key, StringComparison.Ordinal)))
            {
                command.With(name, value);
            }

            await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
    }

    [GeneratedRegex(@"^-- version (\d+): .*$", RegexOptions.Multiline)]
    private static partial Regex VersionHeader();
}
