using SamenOpleiden.Advisor.Conversation.Dialog;
using SamenOpleiden.Advisor.Conversation.Guessing;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Wording;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Conversation;

/// <summary>
/// The conversation engine: loads the conversation, runs the dialog for one input and saves the
/// new state with the replies in one transaction. A redelivered input gets the stored replies; a
/// turn that lost a race with another turn on the same conversation is run again on the new state.
/// </summary>
public sealed class ConversationEngine : IConversationEngine
{
    private const int MaxAttempts = 3;

    private readonly IConversationStore _store;
    private readonly DialogMachine _machine;
    private readonly AdviceWordingStep _wording;
    private readonly ModelReadingStep _modelReading;
    private readonly IReportLinks _reportLinks;
    private readonly RegionCodeResolver _regionCodes;

    public ConversationEngine(
        IConversationStore store,
        IAssessmentEvaluator evaluator,
        IPhaseRecognizer recognizer,
        IReportLinks reportLinks,
        TimeProvider clock,
        IAdviceWording? wording = null,
        IRegionDirectory? regions = null,
        IModelReading? modelReading = null,
        GuessLimiter? guesses = null)
    {
        _store = store;
        _reportLinks = reportLinks;
        var matcher = new FocusPointMatcher(evaluator.Typology);
        wording ??= RulesWording.Instance;
        modelReading ??= NoModelReading.Instance;
        var services = new DialogServices(evaluator, recognizer, matcher, clock, wording.IsActive, asksRegionCode: regions is not null, answersLeaveService: modelReading.IsActive);
        _machine = new DialogMachine(services);
        _wording = new AdviceWordingStep(services, wording);
        _modelReading = new ModelReadingStep(modelReading, new QuestionPrompts(services));
        _regionCodes = new RegionCodeResolver(regions, _machine.RegionCodes, guesses ?? new GuessLimiter(new GuessLimitOptions(), clock, new InMemoryGuessCounts()));
    }

    public async Task<IReadOnlyList<Reply>> HandleAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input.ConversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.UserId);
        var conversationKey = input.ConversationKey;
        var respondentKey = input.RespondentKey;

        for (var attempt = 1; ; attempt++)
        {
            // A redelivered input fails the save (its activity id is stored with its replies), so the lookup of earlier
            // replies waits for a conflict instead of costing a query on every turn.
            if (attempt > 1 && await FindEarlierRepliesAsync(conversationKey, input, cancellationToken) is { } earlier)
            {
                return earlier;
            }

            // A loaded state belongs to this turn alone (IConversationStore.LoadAsync), so the turn changes it in place.
            var stored = await _store.LoadAsync(conversationKey, cancellationToken);
            var state = stored?.State ?? new ConversationState { ConversationKey = conversationKey, RespondentKey = respondentKey };
            var turn = _machine.Handle(state, input);
            await _regionCodes.ResolveAsync(turn, input.ClientAddress ?? respondentKey, cancellationToken);

            // Deleting, making a report link, wording advice and reading an answer (model calls) act before the save: a
            // redelivered input must not repeat them.
            if (attempt == 1 && (ActsBeforeSave(turn) || _modelReading.Acts(turn)) && await FindEarlierRepliesAsync(conversationKey, input, cancellationToken) is { } answered)
            {
                return answered;
            }

            await _modelReading.ApplyAsync(turn, cancellationToken);
            await _wording.ApplyAsync(turn, cancellationToken);

            if (turn.DeleteRespondent)
            {
                return [new TextReply(DialogTexts.Deleted(await _store.DeleteRespondentAsync(respondentKey, cancellationToken)))];
            }

            if (turn.ReportRequest is { } report)
            {
                var url = await _reportLinks.LinkForAsync(report, cancellationToken);
                // Only the owner's own 'rapport' (or button) makes their link; in a group, others can open it, so it says so.
                turn.Add(url is null ? new TextReply(DialogTexts.NoReport)
                    : new ReportLinkReply(input.IsGroup ? DialogTexts.ReportReadyInGroup : DialogTexts.ReportReady, url));
            }

            try
            {
                await _store.SaveTurnAsync(new TurnRecord(state, stored?.Version, input.ActivityId, turn.Replies, turn.Assessment), cancellationToken);
                return turn.Replies;
            }
            catch (ConversationConflictException) when (attempt < MaxAttempts)
            {
                // Another turn on this conversation won; run ours again on its result.
            }
        }
    }

    private static bool ActsBeforeSave(DialogTurn turn) =>
        turn.DeleteRespondent || turn.ReportRequest is not null || turn.Replies.Any(r => r is AdviceStepReply or ResultReply);

    private async Task<IReadOnlyList<Reply>?> FindEarlierRepliesAsync(string conversationKey, TurnInput input, CancellationToken cancellationToken) =>
        input.ActivityId is { } activityId ? await _store.FindRepliesAsync(conversationKey, activityId, cancellationToken) : null;

}
