using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Rules.Advice;
using SamenOpleiden.Advisor.Rules.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Rules.Tests.Advice;

/// <summary>One ProfielAdvies rule per row: the profile conditions, the own focus point's phases and the neighbour all have to hold.</summary>
public class ProfielAdviesTests
{
    private static readonly Core.Advice.AdviceDefinition Placement = Given.Advice("solidariteit-plaatsing-krimp", "solidariteit", variant: true);

    private static RuleSession CreateTarget(PhaseFilter? neighbour = null) => RuleSession.Of(new ProfielAdvies(new ProfileAdviceRow(
        "KrimpregioPlaatsingEerst", "Reden.", RegionConditions.Named(["krimp"]), new PhaseFilter("solidariteit", [1, 2]), neighbour, Placement, 45)));

    [Fact]
    public void Fire_KrimpregioWithSolidariteitBehind_ProposesTheRowsAdviceWithItsWeight()
    {
        var region = Given.Region("krimp");
        var solidariteit = Given.Phase("solidariteit", 1);

        var session = CreateTarget().Fire(region, solidariteit, Given.Phase("kwaliteit", 1));

        var (rule, facts) = Assert.Single(session.Fired);
        Assert.Equal("Advice.KrimpregioPlaatsingEerst", rule);
        Assert.Equal([region, solidariteit], facts);
        var candidate = session.Single<AdviceCandidate>();
        Assert.Equal((Placement, AdviceKinds.Profile, (int?)1, 45), (candidate.Advice, candidate.Kind, candidate.Phase, candidate.Weight));
    }

    [Theory]
    [InlineData("tekort", 1)]
    [InlineData(null, 1)]
    [InlineData("krimp", 3)]
    [InlineData("krimp", null)]
    public void Fire_ProfileOrPhaseNotAsTheRowSays_ProposesNothing(string? type, int? solidariteit)
    {
        var session = CreateTarget().Fire(Given.Region(type), Given.Phase("solidariteit", solidariteit));

        Assert.Empty(session.Fired);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(1, false)]
    [InlineData(null, false)]
    public void Fire_WithANeighbour_ProposesOnlyWhenTheNeighbourStandsWhereTheRowSays(int? organisatiestructuur, bool proposed)
    {
        var session = CreateTarget(new PhaseFilter("organisatiestructuur", [2, 3]))
            .Fire(Given.Region("krimp"), Given.Phase("solidariteit", 2), Given.Phase("organisatiestructuur", organisatiestructuur));

        Assert.Equal(proposed, session.Facts<AdviceCandidate>().Count == 1);
    }

    [Fact]
    public void Fire_GeneralAdvice_ProposesItWithoutAFocusPoint()
    {
        var border = Given.Advice("grensgevallen-afspreken");
        var rule = new ProfielAdvies(new ProfileAdviceRow("Grensgevallen", "Reden.", RegionConditions.Named(["grensgevallen"]), null, null, border, 5));

        var session = RuleSession.Of(rule).Fire(new Region(new Core.Assessment.RegionProfile { Grensgevallen = true }));

        var candidate = session.Single<AdviceCandidate>();
        Assert.Equal((AdviceKinds.General, (int?)null), (candidate.Kind, candidate.Phase));
    }

    [Fact]
    public void Compile_TwoRowsTestingTheSameFocusPointOnTheSamePhases_ShareThatTest()
    {
        var factory = new NRules.Fluent.RuleDefinitionFactory();
        ProfielAdvies Row(string id) => new(new ProfileAdviceRow(
            id, "Reden.", RegionConditions.Named(["krimp"]), new PhaseFilter("solidariteit", [1, 2]), null, Placement, 45));

        var schema = new NRules.RuleCompiler().Compile([factory.Create(Row("Eerste")), factory.Create(Row("Tweede"))]).GetSchema();

        var ownTests = schema.Nodes.Where(n => n.NodeType == NRules.Diagnostics.NodeType.Selection && n.OutputType == typeof(FocusPhase)).ToList();
        var shared = Assert.Single(ownTests);
        Assert.Equal(["Advice.Eerste", "Advice.Tweede"], shared.Rules.Select(r => r.Name).Order());
    }
}
