using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace LoadProbe;

/// <summary>One Direct Line conversation with its WebSocket open; matches the bot's replies to the posted activities.</summary>
internal sealed class DirectLineClient : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _arrived = [];
    private readonly Dictionary<string, TaskCompletionSource<long>> _waiting = [];
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private string _conversationId = "";
    private string _token = "";
    private string _userId = "";
    private Task _reader = Task.CompletedTask;
    private int _welcomes;

    public int Welcomes => Volatile.Read(ref _welcomes);

    public bool IsOpen => _socket.State == WebSocketState.Open;

    public static async Task<DirectLineClient> OpenAsync(HttpClient http, string secret, string userId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations")
        {
            Content = JsonContent.Create(new { user = new { id = userId }, locale = "nl-NL" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var client = new DirectLineClient
        {
            _conversationId = body.RootElement.GetProperty("conversationId").GetString()!,
            _token = body.RootElement.GetProperty("token").GetString()!,
            _userId = userId,
        };
        await client._socket.ConnectAsync(new Uri(body.RootElement.GetProperty("streamUrl").GetString()!), cancellationToken);
        client._reader = client.ReadAsync(client._stop.Token);
        return client;
    }

    /// <summary>Milliseconds from the start of the POST to the reply on the socket; null when it failed or timed out.</summary>
    public async Task<double?> RoundTripAsync(HttpClient http, string text, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{Uri.EscapeDataString(_conversationId)}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = _userId }, text, locale = "nl-NL" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        string id;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            id = body.RootElement.GetProperty("id").GetString()!;
        }
        catch (HttpRequestException)
        {
            return null;
        }

        Task<long> arrival;
        lock (_gate)
        {
            if (_arrived.Remove(id, out var at))
            {
                return Stopwatch.GetElapsedTime(started, at).TotalMilliseconds;
            }

            var waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting[id] = waiter;
            arrival = waiter.Task;
        }

        var finished = await Task.WhenAny(arrival, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken));
        return finished == arrival ? Stopwatch.GetElapsedTime(started, arrival.Result).TotalMilliseconds : null;
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var at = Stopwatch.GetTimestamp();
                if (message.Length > 0)
                {
                    OnActivitySet(message.ToArray(), at);
                }

                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The run is over or the server went away; unanswered turns count as failures.
        }
    }

    private void OnActivitySet(byte[] json, long at)
    {
        using var set = JsonDocument.Parse(json);
        if (!set.RootElement.TryGetProperty("activities", out var activities))
        {
            return;
        }

        foreach (var activity in activities.EnumerateArray())
        {
            var fromBot = activity.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var role) && role.GetString() == "bot";
            if (!fromBot || activity.GetProperty("type").GetString() != "message")
            {
                continue;
            }

            if (!activity.TryGetProperty("replyToId", out var replyTo) || replyTo.GetString() is not { } replyToId)
            {
                Interlocked.Increment(ref _welcomes);
                continue;
            }

            lock (_gate)
            {
                if (_waiting.Remove(replyToId, out var waiter))
                {
                    waiter.TrySetResult(at);
                }
                else
                {
                    _arrived.TryAdd(replyToId, at);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                // Closing is best effort at the end of a run.
            }
        }

        await _stop.CancelAsync();
        await _reader;
        _socket.Dispose();
        _stop.Dispose();
    }
}
