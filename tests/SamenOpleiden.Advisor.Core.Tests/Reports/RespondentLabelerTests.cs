using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing.Reports;

namespace SamenOpleiden.Advisor.Core.Tests.Reports;

public class RespondentLabelerTests
{
    [Fact]
    public void Label_NoConsent_ShowsRoleNeverAName()
    {
        var labels = RespondentLabeler.Label([ResultFixtures.Archived("user-jan", "bestuurder", ResultFixtures.Uniform(1))]);

        Assert.Equal(["Bestuurder"], labels);
    }

    [Fact]
    public void Label_ConsentedName_ShowsNameWithRole()
    {
        var labels = RespondentLabeler.Label([ResultFixtures.Archived("u", "HR", ResultFixtures.Uniform(1), name: "Fatima")]);

        Assert.Equal(["Fatima (HR)"], labels);
    }

    [Fact]
    public void Label_RepeatedRoleOrNoRole_NumberedSoColumnsStayApart()
    {
        var labels = RespondentLabeler.Label(
        [
            ResultFixtures.Archived("a", "HR", ResultFixtures.Uniform(1)),
            ResultFixtures.Archived("b", "hr", ResultFixtures.Uniform(1)),
            ResultFixtures.Archived("c", " ", ResultFixtures.Uniform(1)),
        ]);

        Assert.Equal(["HR 1", "HR 2", "Respondent"], labels);
    }
}
