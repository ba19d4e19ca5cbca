namespace SamenOpleiden.Advisor.Testing;

/// <summary>
/// Where tests print the counts they measure (reliability, turns to the result, accessibility). The test runner hides
/// the output of passing tests, so each line also goes to the file named by <c>ADVISOR_RELIABILITY_LOG</c>, which
/// <c>scripts/run-tests.sh</c> prints at the end.
/// </summary>
public static class ReliabilityLog
{
    private static readonly object Gate = new();

    public static void Write(string line, string topic = "reliability")
    {
        var text = $"[{topic}] {line}";
        Console.WriteLine(text);
        if (Environment.GetEnvironmentVariable("ADVISOR_RELIABILITY_LOG") is { Length: > 0 } path)
        {
            lock (Gate)
            {
                File.AppendAllText(path, text + Environment.NewLine);
            }
        }
    }
}
