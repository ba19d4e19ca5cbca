using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Host.Composition;
using SamenOpleiden.Advisor.Rephrasing;

namespace SamenOpleiden.Advisor.Host.Tests.Composition;

public sealed class RephrasedAdviceWordingTests
{
    private static readonly AssessmentResult Result = new()
    {
        RulesVersion = "test",
        Profile = new RegionProfile { RegionName = "Binnenmeren" },
        Phases = new Dictionary<string, int?>(),
        Typering = new Typering(1, "Functioneel Verbonden", "samenvatting", [], [], []),
        Steps = [],
        Later = [],
        FollowUps = [],
        Ambition = [],
        PhaseTrace = new Dictionary<string, IReadOnlyList<RuleTrace>>(),
    };

    [Fact]
    public async Task WordAsync_SomeItemsRephrased_GivesOnlyThoseTexts()
    {
        var rephraser = new Mock<IAdviceRephraser>();
        rephraser.Setup(r => r.RephraseAsync(It.IsAny<RephrasingRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new RephrasedAdvice(
            [new RephrasedAdviceItem("a", 1, "regeltekst a", "herschreven a"), new RephrasedAdviceItem("b", 1, "regeltekst b", null)],
            RephrasingOutcome.Rephrased));

        var texts = await new RephrasedAdviceWording(rephraser.Object, NullLogger<RephrasedAdviceWording>.Instance)
            .WordAsync(Result, new Dictionary<string, string>(), CancellationToken.None);

        Assert.Equal(new Dictionary<string, string> { ["a"] = "herschreven a" }, texts);
    }

    [Fact]
    public async Task WordAsync_RephraserThrows_GivesNothingSoTheRulesWordsAreShown()
    {
        var rephraser = new Mock<IAdviceRephraser>();
        rephraser.Setup(r => r.RephraseAsync(It.IsAny<RephrasingRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("bug"));

        var texts = await new RephrasedAdviceWording(rephraser.Object, NullLogger<RephrasedAdviceWording>.Instance)
            .WordAsync(Result, new Dictionary<string, string>(), CancellationToken.None);

        Assert.Empty(texts);
    }

    [Fact]
    public async Task WordAsync_CallerCancels_Throws()
    {
        var rephraser = new Mock<IAdviceRephraser>();
        rephraser.Setup(r => r.RephraseAsync(It.IsAny<RephrasingRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(new OperationCanceledException());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new RephrasedAdviceWording(rephraser.Object, NullLogger<RephrasedAdviceWording>.Instance)
            .WordAsync(Result, new Dictionary<string, string>(), CancellationToken.None));
    }
}
