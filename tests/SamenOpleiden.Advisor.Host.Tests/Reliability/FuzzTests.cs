using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>
/// A seeded run of 10,000 broken calls at every Direct Line endpoint: no 500, no call hangs, and
/// memory after the run stays within bounds. The seed is printed, so a failure can be replayed.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Cases = 10_000;
    private const int Seed = 20261123;
    private static readonly TimeSpan PerCall = TimeSpan.FromSeconds(10);
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"advisor-fuzz-{Guid.NewGuid():N}", "advisor.db");
    private AdvisorInstance _instance = null!;

    public async Task InitializeAsync() => _instance = await AdvisorInstance.StartOnSqliteAsync(_database, inMemory: true);

    public async Task DisposeAsync()
    {
        await _instance.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_database)!, recursive: true);
    }

    [Fact]
    public async Task TenThousandMutatedDirectLineCallsNeverGetA500OrHangAndMemoryStaysBounded()
    {
        var fuzz = new ActivityMutator(Seed);
        var (conversationId, token, _) = await _instance.StartConversationAsync();
        var statuses = new Dictionary<int, int>();
        var slowest = TimeSpan.Zero;
        GC.Collect();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        for (var i = 0; i < Cases; i++)
        {
            var (method, path, auth, body) = NextCall(fuzz, conversationId, token);
            var clock = Stopwatch.StartNew();
            var call = _instance.Server!.SendAsync(http =>
            {
                http.Request.Method = method;
                // Kestrel refuses a NUL in the path with 400 before the app; the in-memory server takes the decoded path as is.
                http.Request.Path = new PathString(Uri.UnescapeDataString(path.Split('?')[0]));
                http.Request.QueryString = path.Contains('?') ? new QueryString(path[path.IndexOf('?')..]) : QueryString.Empty;
                if (auth is not null)
                {
                    http.Request.Headers.Authorization = auth;
                }

                if (body is not null)
                {
                    http.Request.ContentType = fuzz.Next(5) == 0 ? fuzz.Oddity() : "application/json";
                    http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
                }
            });
            var finished = await Task.WhenAny(call, Task.Delay(PerCall));
            Assert.True(finished == call, $"Case {i} (seed {Seed}) hung: {method} {path}");
            var status = (await call).Response.StatusCode;
            Assert.True(status < 500, $"Case {i} (seed {Seed}) got {status}: {method} {path} {body?[..Math.Min(body.Length, 300)]}");
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
        }

        var memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        var growth = (memoryAfter - memoryBefore) / (1024 * 1024);
        var summary = $"fuzz seed {Seed}: {Cases} cases, statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Value}"))}, slowest {slowest.TotalMilliseconds:F0} ms, memory growth {growth} MB";
        output.WriteLine(summary);
        ReliabilityLog.Write(summary);
        Assert.True(growth < 150, summary);
    }

    private static (string Method, string Path, string? Auth, string? Body) NextCall(ActivityMutator fuzz, string conversationId, string token)
    {
        var id = fuzz.Next(4) == 0 ? Uri.EscapeDataString(fuzz.Oddity()) : conversationId;
        var auth = fuzz.Next(8) switch
        {
            0 => null,
            1 => "Basic " + fuzz.Token(token),
            2 => "Bearer " + AdvisorInstance.Secret,
            _ => "Bearer " + fuzz.Token(token),
        };
        return fuzz.Next(9) switch
        {
            0 => ("POST", "/v3/directline/conversations", auth, fuzz.Next(2) == 0 ? "{}" : fuzz.ActivityBody()),
            1 => ("GET", $"/v3/directline/conversations/{id}?watermark={Uri.EscapeDataString(fuzz.Watermark())}", auth, null),
            2 => ("GET", $"/v3/directline/conversations/{id}/activities?watermark={Uri.EscapeDataString(fuzz.Watermark())}", auth, null),
            3 => ("POST", "/v3/directline/tokens/generate", auth, fuzz.Next(2) == 0 ? null : fuzz.ActivityBody()),
            4 => ("POST", "/v3/directline/tokens/refresh", auth, null),
            5 => ("POST", $"/v3/directline/conversations/{id}/upload?userId={Uri.EscapeDataString(fuzz.Oddity())}", auth, fuzz.ActivityBody()),
            6 => (fuzz.Pick("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"), $"/v3/directline/conversations/{id}/activities", auth, fuzz.ActivityBody()),
            _ => ("POST", $"/v3/directline/conversations/{id}/activities", auth, fuzz.ActivityBody()),
        };
    }
}
