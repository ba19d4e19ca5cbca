using Microsoft.SemanticKernel;
using SamenOpleiden.Advisor.Rephrasing.Prompts;

namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>
/// Calls any OpenAI-compatible chat-completions endpoint through Semantic Kernel's OpenAI connector
/// with the templates from <c>prompts/</c>. Given its own HttpClient, the connector does not retry,
/// so the layer's time budget is the only clock.
/// </summary>
internal sealed class SemanticKernelPromptModel : IPromptModel, IDisposable
{
    private readonly HttpClient _http;
    private readonly Kernel _kernel;
    private readonly Dictionary<string, KernelFunction> _functions;

    /// <remarks>
    /// Semantic Kernel gets no logger on purpose: at Trace level it logs the rendered prompt, which
    /// holds the respondent's remarks and answers. The layer's own log lines say what an operator needs.
    /// </remarks>
    public SemanticKernelPromptModel(RephrasingOptions options, PromptSet prompts)
    {
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            // The layer cancels at its budget; this only stops a connection that outlives every caller.
            Timeout = options.Timeout + TimeSpan.FromSeconds(5),
        };

        // OpenAI's client wants a key even where a local server needs none; any text will do there.
        var apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? "not-needed" : options.ApiKey;
        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(options.Model!, new Uri(options.Endpoint!), apiKey, httpClient: _http);
        _kernel = builder.Build();
        var factory = new KernelPromptTemplateFactory();
        _functions = new Dictionary<string, KernelFunction>(StringComparer.Ordinal)
        {
            [PromptFiles.Template] = KernelFunctionFactory.CreateFromPrompt(prompts.Template, factory),
            [PromptFiles.ReadingTemplate] = KernelFunctionFactory.CreateFromPrompt(prompts.Reading, factory),
        };
    }

    public async Task<(string? Text, bool Refused)> CompleteAsync(string template, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        var arguments = new KernelArguments();
        foreach (var (name, value) in variables)
        {
            arguments[name] = value;
        }

        var result = await _functions[template].InvokeAsync(_kernel, arguments, cancellationToken);
        var message = result.GetValue<ChatMessageContent>();
        var finishReason = message?.Metadata?.GetValueOrDefault("FinishReason")?.ToString();
        var refusal = message?.Metadata?.GetValueOrDefault("Refusal")?.ToString();
        var refused = !string.IsNullOrWhiteSpace(refusal)
            || string.Equals(finishReason, "ContentFilter", StringComparison.OrdinalIgnoreCase)
            || string.Equals(finishReason, "content_filter", StringComparison.OrdinalIgnoreCase);
        return (message?.Content ?? result.ToString(), refused);
    }

    public void Dispose() => _http.Dispose();
}
