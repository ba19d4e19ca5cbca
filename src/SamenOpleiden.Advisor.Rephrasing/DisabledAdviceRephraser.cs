namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>The layer switched off: always the rule text, never any HTTP.</summary>
internal sealed class DisabledAdviceRephraser : IAdviceRephraser
{
    public bool IsEnabled => false;

    public Task<RephrasedAdvice> RephraseAsync(RephrasingRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new RephrasedAdvice(AdviceRuleText.ItemsOf(request.Result, rephrasings: null), RephrasingOutcome.Disabled));
}
