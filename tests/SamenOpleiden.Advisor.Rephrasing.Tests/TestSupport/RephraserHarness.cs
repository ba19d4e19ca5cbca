using Microsoft.Extensions.Logging.Testing;
using SamenOpleiden.Advisor.Testing;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.Rephrasing.Reading;

namespace SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport;

/// <summary>
/// The rephraser as the Host composes it (through <c>AddRephrasing</c>), pointed at a
/// <see cref="FakeChatServer"/>, with its log lines and metric measurements captured.
/// </summary>
internal sealed class RephraserHarness : IAsyncDisposable
{
    public const string ApiKey = "sk-test-do-not-log-7f3a";

    private readonly MeterListener _listener = new();

    private RephraserHarness(FakeChatServer server, ServiceProvider services, RephrasingOptions options)
    {
        Server = server;
        Options = options;
        Services = services;
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            Measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString()))));
        _listener.Start();
        Rephraser = services.GetRequiredService<IAdviceRephraser>();
        Reader = services.GetRequiredService<IAnswerReader>();
    }

    public FakeChatServer Server { get; }

    public ServiceProvider Services { get; }

    public IAdviceRephraser Rephraser { get; }

    public IAnswerReader Reader { get; }

    public RephrasingOptions Options { get; }

    /// <summary>
    /// The longest a call may take: the model's time budget plus slack for a cold start (JIT,
    /// first connection, compiling the rules) on a shared two-core machine. A hang lasts 30 s, so
    /// a call within this bound was cut off by the budget, not by the fake server. The default
    /// budget is generous (10 s) so a loaded CI machine cannot turn a good answer into a timeout;
    /// the timeout tests set 1 s.
    /// </summary>
    public TimeSpan Budget => Options.Timeout + TimeSpan.FromSeconds(5);

    public IReadOnlyList<FakeLogRecord> Logs => Services.GetRequiredService<FakeLogCollector>().GetSnapshot();

    public ConcurrentQueue<(string Instrument, long Value, Dictionary<string, string?> Tags)> Measurements { get; } = new();

    public static async Task<RephraserHarness> StartAsync(Action<RephrasingOptions>? configure = null, string? promptsDirectory = null)
    {
        var server = await FakeChatServer.StartAsync();
        var options = new RephrasingOptions { Enabled = true, Endpoint = server.Endpoint, Model = "fake-model", ApiKey = ApiKey, TimeoutSeconds = 10, CooldownSeconds = 0 };
        configure?.Invoke(options);

        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging(options => options.OutputSink = null))
            .AddMetrics()
            .AddSingleton(RealRules.Evaluator)
            .AddRephrasing(promptsDirectory ?? RepositoryFiles.Prompts)
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(options))
            .BuildServiceProvider();
        return new RephraserHarness(server, services, options);
    }

    /// <summary>The model answers <paramref name="answer"/> to every call.</summary>
    public RephraserHarness Answering(string answer)
    {
        Server.Reply = _ => FakeReply.Content(answer);
        return this;
    }

    public Task<RephrasedAdvice> RephraseAsync(RephrasingRequest? request = null) =>
        Rephraser.RephraseAsync(request ?? new RephrasingRequest(AdviceFixtures.Result()), CancellationToken.None);

    /// <summary>The reasons of every fallback the metric counted.</summary>
    public IReadOnlyList<string?> FallbackReasons(string instrument = "advisor.rephrasing.fallbacks") =>
        Measurements.Where(m => m.Instrument == instrument).Select(m => m.Tags.GetValueOrDefault("reason")).ToList();

    /// <summary>The value of <paramref name="tag"/> of every measurement of <paramref name="instrument"/>.</summary>
    public IReadOnlyList<string?> Tags(string instrument, string tag) =>
        Measurements.Where(m => m.Instrument == instrument).Select(m => m.Tags.GetValueOrDefault(tag)).ToList();

    public async ValueTask DisposeAsync()
    {
        _listener.Dispose();
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
