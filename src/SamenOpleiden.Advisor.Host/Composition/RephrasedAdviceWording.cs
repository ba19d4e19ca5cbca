using SamenOpleiden.Advisor.Conversation.Wording;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Rephrasing;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// The conversation's wording port on the rephrasing layer: the guarded texts of the items that
/// were rephrased; nothing (the rules' words) when the layer is off or fell back.
/// </summary>
internal sealed partial class RephrasedAdviceWording(IAdviceRephraser rephraser, ILogger<RephrasedAdviceWording> logger) : IAdviceWording
{
    public bool IsActive => rephraser.IsEnabled;

    public async Task<IReadOnlyDictionary<string, string>> WordAsync(AssessmentResult result, IReadOnlyDictionary<string, string> remarks, CancellationToken cancellationToken)
    {
        try
        {
            var advice = await rephraser.RephraseAsync(new RephrasingRequest(result, Remarks: remarks), cancellationToken);
            return advice.Items.Where(i => i.IsRephrased).ToDictionary(i => i.AdviceId, i => i.Text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The layer promises not to throw; should it anyway, an optional layer must not cost the respondent the turn.
            Failed(logger, e);
            return new Dictionary<string, string>();
        }
    }

    [LoggerMessage(EventId = 7006, Level = LogLevel.Error, Message = "Rephrasing failed unexpectedly; the rule text is shown")]
    private static partial void Failed(ILogger logger, Exception exception);
}
