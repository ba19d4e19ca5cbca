namespace SamenOpleiden.Advisor.Host.Tests.TestSupport;

/// <summary>Region "zuid" as an operator configures it (<c>Reports:Regions:0</c>), with secrets strong enough to start.</summary>
internal static class TestRegion
{
    public const string Id = "zuid";
    public const string Name = "Onderwijsregio Zuid";
    public const string CoordinatorToken = "Qh7vR2mXc9LpT4wZk8NbYd";
    public const string AccessCode = "K7PM-Q3XD";

    public static void AddTo(IDictionary<string, string?> settings)
    {
        settings["Reports:Regions:0:Id"] = Id;
        settings["Reports:Regions:0:Name"] = Name;
        settings["Reports:Regions:0:CoordinatorToken"] = CoordinatorToken;
        settings["Reports:Regions:0:AccessCode"] = AccessCode;
    }
}
