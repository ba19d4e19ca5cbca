using SamenOpleiden.Advisor.Conversation.Dialog;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog;

/// <summary>
/// A second reader (the LLM layer) where the recogniser is unsure: its proposal is put to the respondent like
/// any other and recorded only after "ja"; without one, or when it fails, the respondent sees the usual choices.
/// </summary>
public sealed class ModelReadingTests
{
    private const string Unreadable = "Tja, daar valt veel over te zeggen, het is een lang verhaal.";

    [Fact]
    public async Task HandleAsync_RecogniserUnsure_PutsTheModelsProposalWithItsQuoteAndRecordsItAfterJa()
    {
        var model = new ScriptedModelReading(new ModelProposal(2, "een lang verhaal"));
        var chat = await DialogStates.ReachAsync("fp:kwaliteit", new ChatDriver(modelReading: model));

        await chat.SayAsync(Unreadable);

        Assert.Equal([("kwaliteit", Unreadable)], model.Asked);
        Assert.Equal("Ik lees 'een lang verhaal': dat past bij fase 2, regionaal afgestemd. Klopt dat?", chat.LastQuestion!.Text);
        Assert.DoesNotContain("Ik weet niet zeker", chat.LastText);
        Assert.False((await chat.StateAsync()).Answers.ContainsKey("kwaliteit"));

        await chat.SayAsync("ja");

        Assert.Equal(2, (await chat.StateAsync()).Answers["kwaliteit"]);
    }

    [Fact]
    public async Task HandleAsync_ModelHasNoProposal_RespondentSeesTheRecognisersChoicesUnchanged()
    {
        var withModel = await DialogStates.ReachAsync("fp:kwaliteit", new ChatDriver(modelReading: new ScriptedModelReading(null)));
        var without = await DialogStates.ReachAsync("fp:kwaliteit");

        await withModel.SayAsync(Unreadable);
        await without.SayAsync(Unreadable);

        Assert.Equal(without.LastText, withModel.LastText);
        Assert.Contains("Ik weet niet zeker welke fase daarbij past", withModel.LastText);
        Assert.Null((await withModel.StateAsync()).Proposal);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("Elk partnerschap doet het op zijn eigen manier, ad hoc.")]
    public async Task HandleAsync_ShortAnswerOrOneTheRecogniserReads_DoesNotAskTheModel(string text)
    {
        var model = new ScriptedModelReading(new ModelProposal(3, "x"));
        var chat = await DialogStates.ReachAsync("fp:kwaliteit", new ChatDriver(modelReading: model));

        await chat.SayAsync(text);

        Assert.Empty(model.Asked);
    }

    [Fact]
    public async Task HandleAsync_ModelReadingActive_WelcomeSaysUnreadAnswersGoToTheLanguageModel()
    {
        var chat = new ChatDriver(modelReading: new ScriptedModelReading(null));

        await chat.StartAsync();

        Assert.Contains(DialogTexts.PrivacyAnswersLanguageModel, chat.LastText);
    }

    [Fact]
    public async Task HandleAsync_WithoutModelReading_WelcomeSaysNothingAboutALanguageModel()
    {
        var chat = new ChatDriver();

        await chat.StartAsync();

        Assert.DoesNotContain("taaldienst", chat.LastText);
    }

    private sealed class ScriptedModelReading(ModelProposal? proposal) : IModelReading
    {
        public List<(string FocusPoint, string Answer)> Asked { get; } = [];

        public bool IsActive => true;

        public Task<ModelProposal?> ProposeAsync(string focusPointId, string answer, CancellationToken cancellationToken)
        {
            Asked.Add((focusPointId, answer));
            return Task.FromResult(proposal);
        }
    }
}
