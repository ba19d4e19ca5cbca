using SamenOpleiden.Advisor.Testing;
using System.Text.Json;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Delivery;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Core.Rephrasings;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Storage.Database;
using SamenOpleiden.Advisor.Storage.Schema;
using SamenOpleiden.Advisor.Storage.Stores;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;
using SamenOpleiden.Advisor.Storage.Tests.Reliability;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>
/// "verwijder mijn gegevens" on a whole database, whatever the provider: a respondent's data is written everywhere the
/// service writes it (conversation, replies, assessment, report and link, rephrasing, web chat transcript, undelivered
/// reply), then deleted, and every row of every table the database's own catalogue lists is searched for it. The
/// catalogue, not a list in the test, so a table added later is searched too, and must be classified by
/// <see cref="RespondentData"/>.
/// </summary>
public abstract class RespondentDeletionContract : DatabaseTest
{
    private static readonly AssessmentResult Result = ResultFixtures.SharedCase("binnenmeren");
    private readonly StorageDatabase _opened;

    protected RespondentDeletionContract(TestDatabase database)
        : base(database)
    {
        var opened = _opened = database.Open();
        Stores = new(new ConversationStore(opened), new TranscriptStore(opened), new ReportArchive(opened, TimeSpan.FromDays(90)),
            new RephrasingCache(opened), new UndeliveredReplyStore(opened), new DataRetention(opened));
        DeletedTables = [.. RespondentData.Tables(opened.Dialect).Select(t => t.Table)];
    }

    /// <summary>Every store, on the test's one database.</summary>
    private StoresOnOneDatabase Stores { get; }

    private IConversationStore Conversations => Stores.Conversations;

    private ITranscriptStore Transcripts => Stores.Transcripts;

    private IUndeliveredReplyStore Undelivered => Stores.Undelivered;

    private IDataRetention Retention => Stores.Retention;

    /// <summary>The tables the deletion deletes from.</summary>
    private IReadOnlyList<string> DeletedTables { get; }

    private static IReadOnlyList<string> TablesWithoutRespondentData => RespondentData.TablesWithoutRespondentData;

    private IReadOnlyList<string> CatalogueTables() => Database.CatalogueTables();

    private IReadOnlyList<string> RowsAsText(string table) => Database.RowsAsText(table);

    [Fact]
    public async Task EveryTableOfTheSchema_IsDeletedByRespondentOrDeclaredToHoldNothingOfOne()
    {
        await _opened.EnsureMigratedAsync(Ct);

        var unclassified = CatalogueTables().Except(DeletedTables).Except(TablesWithoutRespondentData).ToList();

        Assert.True(unclassified.Count == 0, $"tables neither deleted by respondent nor declared free of respondent data: {string.Join(", ", unclassified)}");
        Assert.Empty(DeletedTables.Intersect(TablesWithoutRespondentData));
        Assert.Empty(DeletedTables.Concat(TablesWithoutRespondentData).Except(CatalogueTables()));
    }

    [Fact]
    public async Task DeleteRespondentAsync_DataInEveryPlace_NothingOfTheRespondentIsLeftInAnyTableAndOthersStay()
    {
        var deleted = await StoreEverywhereAsync(Respondent.Deleted);
        var other = await StoreEverywhereAsync(Respondent.Other);

        var report = await Conversations.DeleteRespondentAsync(deleted.Key, Ct);

        var tables = CatalogueTables();
        var left = tables.SelectMany(table => RowsAsText(table)
                .SelectMany(row => deleted.Traces.Where(trace => row.Contains(trace, StringComparison.Ordinal)).Select(trace => $"{table}: {trace}")))
            .ToList();
        var othersKept = tables.Where(table => RowsAsText(table).Any(row => other.Traces.Any(trace => row.Contains(trace, StringComparison.Ordinal)))).ToList();
        ReliabilityLog.Write($"hardening #2 #3 deletion ({Database.Provider}): {tables.Count} tables searched after deleting a respondent with data in {report.Items.Count(i => i.Count > 0)} of them: " +
            $"{left.Count} traces left; the other respondent still in {othersKept.Count} tables");
        Assert.Empty(left);
        Assert.All(report.Items, item => Assert.True(item.Count > 0, $"nothing deleted from '{item.Description}'"));
        Assert.Equal(
            ["assessments", "conversations", "processed_activities", "rephrasings", "report_assessments", "transcript_conversation", "transcript_entry", "undelivered_replies"],
            othersKept.Order());
    }

    [Fact]
    public async Task ATranscriptOfADeletedRespondent_IsErasedForGoodAndTakesNoMoreEntries()
    {
        var deleted = await StoreEverywhereAsync(Respondent.Deleted);

        await Conversations.DeleteRespondentAsync(deleted.Key, Ct);

        Assert.False(await Transcripts.ConversationExistsAsync(deleted.ConversationId, Ct));
        Assert.True(await Transcripts.WasErasedAsync(deleted.ConversationId, Ct));
        Assert.False(await Transcripts.WasErasedAsync("never-created", Ct));
        Assert.Equal(TranscriptAppendStatus.ConversationMissing, (await Transcripts.AppendAsync(deleted.ConversationId, _ => "na de verwijdering", null, Ct)).Status);
        Assert.Empty(await Transcripts.ReadAfterAsync(deleted.ConversationId, 0, 100, Ct));
    }

    [Fact]
    public async Task KeepAsync_AReplyThatFailsAfterItsRespondentWasDeleted_IsNotWrittenBack()
    {
        var deleted = await StoreEverywhereAsync(Respondent.Deleted);
        await Conversations.DeleteRespondentAsync(deleted.Key, Ct);

        var kept = await Undelivered.KeepAsync(new UndeliveredReply(deleted.ConversationKey, deleted.ActivityId, "{\"text\":\"" + deleted.Remark + "\"}", "500", DateTimeOffset.UtcNow), Ct);

        Assert.False(kept);
        Assert.Empty(await Undelivered.ListAsync(deleted.ConversationKey, Ct));
    }

    [Fact]
    public async Task KeepAsync_AReplyOfAStoredTurn_IsKeptBesideItAndListed()
    {
        var stored = await StoreEverywhereAsync(Respondent.Other);

        var listed = await Undelivered.ListAsync(stored.ConversationKey, Ct);

        var reply = Assert.Single(listed);
        Assert.Equal(stored.ActivityId, reply.ActivityId);
        Assert.Contains(stored.Remark, reply.Payload, StringComparison.Ordinal);
        Assert.False(await Undelivered.KeepAsync(new UndeliveredReply(stored.ConversationKey, "never-processed", "{}", "500", DateTimeOffset.UtcNow), Ct));
    }

    [Fact]
    public async Task PurgeAsync_PastTheRetentionPeriod_RemovesTheShortLivedRecordsAndKeepsTheAssessment()
    {
        var old = await StoreEverywhereAsync(Respondent.Deleted);
        var erased = await StoreEverywhereAsync(Respondent.Other);
        await Conversations.DeleteRespondentAsync(erased.Key, Ct);

        var nothingYet = await Retention.PurgeAsync(DateTimeOffset.UtcNow - TimeSpan.FromDays(30), Ct);
        var purged = await Retention.PurgeAsync(DateTimeOffset.UtcNow + TimeSpan.FromMinutes(1), Ct);

        Assert.Equal(0, nothingYet.Total);
        Assert.All(purged.Items, item => Assert.True(item.Count > 0, $"nothing purged of '{item.Description}'"));
        Assert.Null(await Conversations.FindRepliesAsync(old.ConversationKey, old.ActivityId, Ct));
        Assert.False(await Transcripts.ConversationExistsAsync(old.ConversationId, Ct));
        Assert.False(await Transcripts.WasErasedAsync(erased.ConversationId, Ct));
        Assert.Empty(await Undelivered.ListAsync(old.ConversationKey, Ct));
        Assert.NotNull(await Conversations.LoadAsync(old.ConversationKey, Ct));
        Assert.Single(await Conversations.ListAssessmentsAsync(old.Key, Ct));
    }

    /// <summary>Writes the respondent's data everywhere the service does, each piece carrying its traces.</summary>
    private async Task<Respondent> StoreEverywhereAsync(Respondent respondent)
    {
        var remarks = new Dictionary<string, string> { ["kwaliteit"] = respondent.Remark };
        var state = new ConversationState
        {
            ConversationKey = respondent.ConversationKey,
            RespondentKey = respondent.Key,
            Profile = new RegionProfile { RegionName = respondent.Remark + " regio" },
            Remarks = remarks,
        };
        var assessment = new FinishedAssessment(Guid.NewGuid().ToString("N"), respondent.ConversationKey, respondent.Key, state.Profile.RegionName,
            Result.RulesVersion, "{}", AssessmentJson.Serialize(Result), remarks, DateTimeOffset.UtcNow);
        await Conversations.SaveTurnAsync(new TurnRecord(state, null, respondent.ActivityId, [new TextReply("Je toelichting: " + respondent.Remark)], assessment), Ct);

        await Stores.Reports.SaveAsync(new ReportSubmission
        {
            UserKey = respondent.Key,
            ConsentedName = respondent.Remark + " naam",
            CompletedAt = DateTimeOffset.UtcNow,
            Result = Result,
            Remarks = remarks,
        }, Ct);

        var key = RephrasingCacheKey.For(Result, remarks, "warm", "prompts-1", "model-1");
        await Stores.Rephrasings.SetAsync(key, new Dictionary<string, string> { ["advies-1"] = "Herschreven voor " + respondent.Remark }, Ct);

        await Transcripts.CreateConversationAsync(respondent.ConversationId, respondent.Key, Ct);
        await Transcripts.AppendAsync(respondent.ConversationId, watermark => JsonSerializer.Serialize(new { id = watermark, text = respondent.Remark, from = new { id = respondent.UserId } }), null, Ct);

        Assert.True(await Undelivered.KeepAsync(new UndeliveredReply(
            respondent.ConversationKey, respondent.ActivityId, JsonSerializer.Serialize(new { text = "Je toelichting: " + respondent.Remark }), "Connector answered 500", DateTimeOffset.UtcNow), Ct));
        return respondent;
    }

    /// <summary>A respondent of a web chat and the strings that would betray any of their data.</summary>
    private sealed record Respondent(string UserId, string ConversationId, string Remark)
    {
        public static Respondent Deleted { get; } = new("dl_weg7c1d", "conv-weg-4a2e", "Zwanenmeer-geheim-7431");

        public static Respondent Other { get; } = new("dl_blijf9f3", "conv-blijf-8b6d", "Andermeer-bewaard-5521");

        public string Key => ConversationKeys.Respondent("directline", UserId);

        public string ConversationKey => ConversationKeys.Conversation("directline", ConversationId);

        public string ActivityId => ConversationId + "|0000001";

        public IReadOnlyList<string> Traces => [Remark, UserId, ConversationId];
    }

    /// <summary>The stores a respondent's data is written through.</summary>
    private sealed record StoresOnOneDatabase(
        IConversationStore Conversations,
        ITranscriptStore Transcripts,
        IReportArchive Reports,
        IRephrasingCache Rephrasings,
        IUndeliveredReplyStore Undelivered,
        IDataRetention Retention);
}
