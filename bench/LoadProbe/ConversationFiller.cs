using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace LoadProbe;

/// <summary>
/// Opens <c>count</c> conversations on <c>/api/messages</c>, each with one real expectReplies turn (the respondent
/// says hello, the advisor stores the new conversation and answers with its welcome), a few at a time.
/// </summary>
internal static class ConversationFiller
{
    private const int Concurrency = 8;

    public static async Task<int> RunAsync(Uri baseUrl, int count, string prefix, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var failures = 0;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                if (!await TurnAsync(client, $"{prefix}-{i}", token))
                {
                    Interlocked.Increment(ref failures);
                }
            });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH conversations={count} failures={failures} seconds={stopwatch.Elapsed.TotalSeconds:F1}"));
        return failures == 0 ? 0 : 1;
    }

    private static async Task<bool> TurnAsync(HttpClient client, string conversationId, CancellationToken cancellationToken)
    {
        var json = $$"""
            {"type":"message","id":"{{conversationId}}-1","channelId":"msteams","deliveryMode":"expectReplies",
             "from":{"id":"{{conversationId}}-user","name":"Respondent"},"recipient":{"id":"bot","name":"Adviseur"},
             "conversation":{"id":"{{conversationId}}"},"locale":"nl-NL","text":"hallo"}
            """;
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            using var response = await client.PostAsync("api/messages", content, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.IsSuccessStatusCode && body.Contains("\"activities\":[{", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
