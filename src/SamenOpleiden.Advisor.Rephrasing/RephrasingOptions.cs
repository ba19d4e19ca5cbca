namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>
/// Configuration of the optional LLM layer (section <c>Rephrasing</c>). Off by default: the product
/// is complete without it. When on, <see cref="Endpoint"/> and <see cref="Model"/> are required.
/// </summary>
/// <remarks>
/// A class, not a record, so that <see cref="object.ToString"/> never prints <see cref="ApiKey"/>.
/// </remarks>
public sealed class RephrasingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Rephrasing";

    /// <summary>Whether advice is rephrased at all. Default false: no HTTP call is ever made.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Base URI of an OpenAI-compatible chat-completions API, up to and including <c>/v1</c>, e.g.
    /// <c>https://api.openai.com/v1</c>, <c>https://NAME.openai.azure.com/openai/v1/</c> or <c>http://localhost:11434/v1</c>.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The model (or Azure deployment) name, e.g. <c>gpt-4o-mini</c> or <c>llama3.1</c>.</summary>
    public string? Model { get; set; }

    /// <summary>API key; from the environment or user secrets, never from a committed file, never logged. Optional for local servers.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The whole time budget of one rephrasing, in seconds; after it the rule text is shown. Default 8.</summary>
    public double TimeoutSeconds { get; set; } = 8;

    /// <summary>
    /// After a timeout or an endpoint error, how long to show the rule text at once without asking
    /// the endpoint, so respondents do not each wait out the budget. Default 30; 0 turns it off.
    /// </summary>
    public double CooldownSeconds { get; set; } = 30;

    /// <summary>
    /// Whether, with the layer on, the model also reads a respondent's own words that the deterministic reader
    /// is unsure about and proposes a phase (always confirmed by the respondent). Default true; false keeps
    /// answers inside the service.
    /// </summary>
    public bool ReadAnswers { get; set; } = true;

    /// <summary>The default style: a key of <c>prompts/styles.yaml</c>, e.g. <c>formeel</c>, <c>informeel</c> or <c>kort</c>.</summary>
    public string Style { get; set; } = "informeel";

    /// <summary>The time budget as a <see cref="TimeSpan"/>.</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    /// <summary>What is wrong with these options when <see cref="Enabled"/> is true; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        if (!Enabled)
        {
            return [];
        }

        var problems = new List<string>();
        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add("Rephrasing:Endpoint must be an absolute http(s) URI such as https://api.openai.com/v1 or http://localhost:11434/v1.");
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            problems.Add("Rephrasing:Model is required when Rephrasing:Enabled is true.");
        }

        if (TimeoutSeconds <= 0 || TimeoutSeconds > 120)
        {
            problems.Add("Rephrasing:TimeoutSeconds must be between 0 and 120.");
        }

        if (CooldownSeconds < 0)
        {
            problems.Add("Rephrasing:CooldownSeconds must not be negative.");
        }

        if (string.IsNullOrWhiteSpace(Style))
        {
            problems.Add("Rephrasing:Style must name a style in prompts/styles.yaml.");
        }

        return problems;
    }
}
