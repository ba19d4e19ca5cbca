using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Storage.Stores;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

/// <summary>The conversation engine on a real SQLite file: restarts and deletion as a respondent experiences them.</summary>
public sealed class ConversationOnSqliteTests : IAsyncLifetime
{
    private static readonly string[] Profile = ["Binnenmeren", "krimp", "3", "po, vo en mbo", "75", "volledig", "deels", "buiten", "overslaan", "ja", "schoolopleider"];

    private readonly SqliteTestDatabase _database = new();
    private int _activity;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task HandleAsync_NewStoreOnSameFileAfterRestart_ResumesAtTheSameQuestionWithAnswers()
    {
        var before = Engine();
        await Say(before, null);
        foreach (var answer in Profile.Append("2"))
        {
            await Say(before, answer);
        }

        SqliteConnection.ClearAllPools();
        var after = Engine();
        var replies = await Say(after, null);

        Assert.Contains(replies.OfType<TextReply>(), r => r.Text.Contains("Welkom terug"));
        Assert.Contains("Gedeelde doelstellingen", replies.OfType<QuestionReply>().Single().Text);
        await Say(after, "3");
        var state = (await new ConversationStore(_database.Open()).LoadAsync("terminal:conv-1", CancellationToken.None))!.State;
        Assert.Equal((2, 3), (state.Answers["kwaliteit"], state.Answers["doelstellingen"]));
        Assert.Equal("Binnenmeren", state.Profile.RegionName);
        Assert.Equal("fp:solidariteit", state.Current);
    }

    [Fact]
    public async Task HandleAsync_DeleteConfirmedAfterResult_LeavesNothingOfTheRespondentInAnyTable()
    {
        var engine = Engine();
        var other = Engine();
        await Say(other, null, conversation: "conv-other", user: "someone-else");
        await RunToResult(engine);
        Assert.Equal(1, _database.Count("assessments", "respondent_key = 'terminal:respondent-1'"));

        await Say(engine, "verwijder mijn gegevens");
        var replies = await Say(engine, "ja");

        Assert.Contains("Ik heb al je gegevens verwijderd", ((TextReply)replies.Single()).Text);
        Assert.Empty(CellsMentioning("respondent-1").Concat(CellsMentioning("conv-1")));
        Assert.NotEmpty(CellsMentioning("someone-else"));
    }

    private async Task RunToResult(IConversationEngine engine)
    {
        await Say(engine, null);
        foreach (var answer in Profile)
        {
            await Say(engine, answer);
        }

        await Say(engine, "1, onze eigen inschatting");
        for (var i = 1; i < 11; i++)
        {
            await Say(engine, "1");
        }

        var result = await Say(engine, "geen");
        Assert.StartsWith("Stap 1", result.OfType<ResultReply>().Single().Step.Title);
    }

    private ConversationEngine Engine()
    {
        var evaluator = RealRules.Evaluator;
        var recognizer = new PhaseRecognizer(evaluator.Typology, LexiconLoader.Load(RepositoryFiles.Rules, evaluator.Typology));
        return new ConversationEngine(new ConversationStore(_database.Open()), evaluator, recognizer, new NoReportLinks(), TimeProvider.System);
    }

    private Task<IReadOnlyList<Reply>> Say(IConversationEngine engine, string? text, string conversation = "conv-1", string user = "respondent-1") =>
        engine.HandleAsync(
            new TurnInput(conversation, user, text is null ? TurnKind.ConversationStarted : TurnKind.Message, text, "terminal", $"a{++_activity}"),
            CancellationToken.None);

    /// <summary>Every cell of every table that contains <paramref name="needle"/>.</summary>
    private List<string> CellsMentioning(string needle)
    {
        using var connection = new SqliteConnection($"Data Source={_database.Path}");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var found = new List<string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\";";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string s && s.Contains(needle, StringComparison.Ordinal))
                    {
                        found.Add($"{table}.{reader.GetName(i)}");
                    }
                }
            }
        }

        return found;
    }
}
