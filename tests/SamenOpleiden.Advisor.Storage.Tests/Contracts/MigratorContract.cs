using Microsoft.Extensions.Time.Testing;
using System.Globalization;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Storage.Schema;
using SamenOpleiden.Advisor.Storage.Stores;
using SamenOpleiden.Advisor.Storage.Tests.Contracts.EarlierBuilds;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>The one migration mechanism on every database: each migration once, in order, all or nothing, and old data kept readable.</summary>
public abstract class MigratorContract(TestDatabase database) : DatabaseTest(database)
{
    [Fact]
    public async Task EnsureMigratedAsync_FiveInstancesStartingAtOnce_ApplyEveryMigrationExactlyOnce()
    {
        var instances = Enumerable.Range(0, 5).Select(_ => Database.Open()).ToArray();

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.EnsureMigratedAsync(Ct))));

        Assert.Equal(Migrations.All.Count, Database.Count("schema_version"));
        Assert.Equal(Migrations.All.Max(m => m.Version), Convert.ToInt32(Database.Scalar("SELECT MAX(version) FROM schema_version;"), CultureInfo.InvariantCulture));
        Assert.Equal(0L, Database.Count("conversations"));
    }

    [Fact]
    public async Task ApplyAsync_AppendedMigration_AppliesOnlyTheNewOneAndReleasesTheLock()
    {
        var opened = Database.Open();
        List<Migration> extended = [.. Migrations.All, new(99, "test table", _ => "CREATE TABLE extra (id integer);")];

        await using (var session = await opened.OpenAsync(Ct))
        {
            await Migrator.ApplyAsync(session.Connection, opened.Dialect, extended, opened.Now(), Ct);
            await Migrator.ApplyAsync(session.Connection, opened.Dialect, extended, opened.Now(), Ct);
            Assert.Equal(99, await Migrator.CurrentVersionAsync(session.Connection, null, Ct));
        }

        Assert.Equal(0L, Database.Count("extra"));
        AssertNoMigrationLockHeld();
    }

    [Fact]
    public async Task ApplyAsync_FailingMigration_LeavesVersionAndSchemaUnchanged()
    {
        var opened = Database.Open();
        List<Migration> broken = [.. Migrations.All, new(50, "broken", _ => "CREATE TABLE half (id integer); SELECT * FROM missing_table;")];

        await using var session = await opened.OpenAsync(Ct);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => Migrator.ApplyAsync(session.Connection, opened.Dialect, broken, opened.Now(), Ct));

        Assert.Equal(Migrations.All.Max(m => m.Version), await Migrator.CurrentVersionAsync(session.Connection, null, Ct));
        Assert.DoesNotContain("half", Database.CatalogueTables());
    }

    /// <summary>
    /// The earlier builds' schema versions a database of this provider can be at; every one of them must still open.
    /// (SQLite adds versions 1 and 2; PostgreSQL's builds went from 0 to 3 at once.)
    /// </summary>
    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public Task EnsureMigratedAsync_DatabaseOfAnEarlierBuild_IsReadWrittenPurgedAndDeletedByRespondent(int version) =>
        AssertEarlierBuildStillOpensAsync(version);

    /// <summary>Checks that migrating left no lock behind where the database takes one.</summary>
    protected virtual void AssertNoMigrationLockHeld()
    {
    }

    /// <summary>
    /// A database the earlier build left at schema <paramref name="version"/> (<see cref="EarlierBuild"/>), opened by this
    /// build: everything of the respondent reads back as it was written, new turns, rounds and entries follow on from
    /// it, retention compares its timestamps with new ones, and deleting the respondent leaves nothing of them in any
    /// table, reaching the transcript and the rephrasing through the links the migrations added.
    /// </summary>
    protected async Task AssertEarlierBuildStillOpensAsync(int version)
    {
        await EarlierBuild.WriteAsync(Database, EarlierBuildScript, version);
        var had = Database.CatalogueTables();
        await using (var connection = Database.OpenConnection())
        {
            Assert.Equal(version, await Migrator.CurrentVersionAsync(connection, null, Ct));
        }

        var opened = Database.Open(new FakeTimeProvider(EarlierBuild.NextDay));
        var conversations = new ConversationStore(opened);
        var archive = new ReportArchive(opened, TimeSpan.FromDays(90));
        var regions = new RegionDirectory(opened);
        var transcripts = new TranscriptStore(opened);
        var rephrasings = new RephrasingCache(opened);
        var undelivered = new UndeliveredReplyStore(opened);

        var stored = await conversations.LoadAsync(EarlierBuild.ConversationKey, Ct);
        Assert.Equal(("Binnenmeren", 3L), (stored!.State.Profile.RegionName, stored.Version));
        Assert.Equal(EarlierBuild.ReplyText, Assert.IsType<TextReply>(Assert.Single((await conversations.FindRepliesAsync(EarlierBuild.ConversationKey, EarlierBuild.AnsweredActivity, Ct))!)).Text);
        var assessment = Assert.Single(await conversations.ListAssessmentsAsync(EarlierBuild.RespondentKey, Ct));
        AssertSameMoment(EarlierBuild.CompletedAt, assessment.CompletedAt);
        Assert.Equal(AssessmentJson.Serialize(EarlierBuild.Result), assessment.ResultJson);
        Assert.Equal(4, await conversations.SaveTurnAsync(new TurnRecord(stored.State, 3, "conv-oud|0000004", [new TextReply("Verder")]), Ct));

        if (had.Contains("report_assessments"))
        {
            var report = await archive.FindByLinkAsync(EarlierBuild.LinkToken, Ct);
            AssertSameMoment(EarlierBuild.CompletedAt, report!.CompletedAt);
            Assert.Equal(AssessmentJson.Serialize(EarlierBuild.Result), AssessmentJson.Serialize(report.Result));
            Assert.Equal("Kort", report.Remarks["kwaliteit"]);
            Assert.Equal(report.ReportId, Assert.Single(await archive.ListRoundAsync(EarlierBuild.RegionId, 1, Ct)).ReportId);
            Assert.True(await regions.IsCoordinatorAsync(EarlierBuild.RegionId, EarlierBuild.CoordinatorToken, Ct));
            Assert.Equal(1, (await regions.TryJoinAsync(EarlierBuild.AccessCode, Ct))!.Round);
            Assert.Equal(2, await regions.OpenRoundAsync(EarlierBuild.RegionId, Ct));
        }

        if (had.Contains("transcript_entry"))
        {
            Assert.Equal(EarlierBuild.TranscriptPayloads, (await transcripts.ReadAfterAsync(EarlierBuild.ConversationId, 0, 10, Ct)).Select(e => e.Payload));
            // The size the transcript already has counts against its cap; the next entry follows the last one.
            Assert.Equal(TranscriptAppendStatus.Full, (await transcripts.AppendAsync(EarlierBuild.ConversationId, _ => "{}", EarlierBuild.TranscriptBytes, Ct)).Status);
            Assert.Equal(3, (await transcripts.AppendAsync(EarlierBuild.ConversationId, _ => "{}", null, Ct)).Entry!.Watermark);
        }

        if (had.Contains("rephrasings"))
        {
            Assert.Equal(EarlierBuild.RephrasedText, (await rephrasings.GetAsync(EarlierBuild.RephrasingKey, Ct))!["advies-1"]);
        }

        if (had.Contains("undelivered_replies"))
        {
            Assert.Equal(EarlierBuild.AnsweredActivity, Assert.Single(await undelivered.ListAsync(EarlierBuild.ConversationKey, Ct)).ActivityId);
            Assert.True(await transcripts.WasErasedAsync(EarlierBuild.ErasedConversationId, Ct));
        }

        // Retention: what the earlier build wrote on the 23rd is past a cutoff at the start of the 24th; today's writes are not.
        await new DataRetention(opened).PurgeAsync(EarlierBuild.StartOfNextDay, Ct);
        Assert.Null(await conversations.FindRepliesAsync(EarlierBuild.ConversationKey, EarlierBuild.AnsweredActivity, Ct));
        Assert.NotNull(await conversations.FindRepliesAsync(EarlierBuild.ConversationKey, "conv-oud|0000004", Ct));
        Assert.Empty(await undelivered.ListAsync(EarlierBuild.ConversationKey, Ct));
        Assert.False(await transcripts.WasErasedAsync(EarlierBuild.ErasedConversationId, Ct));
        Assert.Equal(had.Contains("transcript_entry"), await transcripts.ConversationExistsAsync(EarlierBuild.ConversationId, Ct));

        await conversations.DeleteRespondentAsync(EarlierBuild.RespondentKey, Ct);
        var left = Database.CatalogueTables()
            .SelectMany(table => Database.RowsAsText(table).Where(row => row.Contains("u-oud", StringComparison.Ordinal) || row.Contains("conv-oud", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(left);
        Assert.Null(await rephrasings.GetAsync(EarlierBuild.RephrasingKey, Ct));
        Assert.Equal(had.Contains("transcript_entry"), await transcripts.WasErasedAsync(EarlierBuild.ConversationId, Ct));
        if (had.Contains("report_regions"))
        {
            // A region holds nothing of a respondent: it stays, with its secrets.
            Assert.True(await regions.IsCoordinatorAsync(EarlierBuild.RegionId, EarlierBuild.CoordinatorToken, Ct));
        }
    }

    /// <summary>The script of the earlier builds for this provider, in <c>Contracts/EarlierBuilds</c>.</summary>
    protected abstract string EarlierBuildScript { get; }

    // PostgreSQL keeps microseconds; the moment is the same, whatever offset it was written with.
    private static void AssertSameMoment(DateTimeOffset expected, DateTimeOffset actual) =>
        Assert.InRange(Math.Abs((actual - expected).Ticks), 0, 10);
}
