using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>A Direct Line stream client: collects the bot's message texts in the order the socket delivers them.</summary>
internal sealed class WebSocketReader : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly List<(long Watermark, string Text)> _botMessages = [];
    private Task? _reading;

    public static async Task<WebSocketReader> ConnectAsync(string streamUrl)
    {
        var reader = new WebSocketReader();
        await reader._socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        reader._reading = reader.ReadAsync();
        return reader;
    }

    /// <summary>Waits until <paramref name="count"/> bot messages arrived; returns them with the watermark of their frame.</summary>
    public async Task<IReadOnlyList<(long Watermark, string Text)>> WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_botMessages)
            {
                if (_botMessages.Count >= count)
                {
                    return [.. _botMessages];
                }
            }

            await Task.Delay(20);
        }

        lock (_botMessages)
        {
            return [.. _botMessages];
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (frame.Length > 0)
                {
                    Collect(Encoding.UTF8.GetString(frame.ToArray()));
                }
            }
        }
        catch (WebSocketException)
        {
            // The server went away; the test sees what arrived.
        }
    }

    private void Collect(string json)
    {
        using var set = JsonDocument.Parse(json);
        var watermark = set.RootElement.TryGetProperty("watermark", out var w) && long.TryParse(w.GetString(), out var parsed) ? parsed : -1;
        foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
        {
            if (AdvisorInstance.IsBotMessage(activity))
            {
                lock (_botMessages)
                {
                    _botMessages.Add((watermark, activity.GetProperty("text").GetString()!));
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // Closed either way.
            }
        }

        _socket.Abort();
        if (_reading is not null)
        {
            await _reading;
        }

        _socket.Dispose();
    }
}
