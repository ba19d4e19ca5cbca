using SamenOpleiden.Advisor.Conversation.Wording;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Rephrasing;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// The conversation's wording port on the rephrasing layer: the guarded texts of the items that
/// were rephrased; nothing (the rules' words) when the layer is off or fell back.
/// </summary>
internal sealed class RephrasedAdviceWording(IAdviceRephraser rephraser) : IAdviceWording
{
    public bool IsActive => rephraser.IsEnabled;

    public async Task<IReadOnlyDictionary<string, string>> WordAsync(AssessmentResult result, IReadOnlyDictionary<string, string> remarks, CancellationToken cancellationToken)
    {
        var advice = await rephraser.RephraseAsync(new RephrasingRequest(result, Remarks: remarks), cancellationToken);
        return advice.Items.Where(i => i.IsRephrased).ToDictionary(i => i.AdviceId, i => i.Text);
    }
}
