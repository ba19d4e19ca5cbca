namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>Builds an <see cref="AdaptiveCard"/> element by element, so card JSON is never assembled from strings.</summary>
internal sealed class AdaptiveCardBuilder
{
    private readonly List<CardElement> _body = [];
    private readonly List<CardActionElement> _actions = [];
    private string? _fallbackText;

    public AdaptiveCardBuilder Heading(string text) =>
        Add(new TextBlock(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder });

    public AdaptiveCardBuilder Text(string text) => Add(new TextBlock(text));

    public AdaptiveCardBuilder SubtleText(string text) => Add(new TextBlock(text) { IsSubtle = true, Size = TextSize.Small });

    public AdaptiveCardBuilder Facts(IEnumerable<CardFact> facts) => Add(new FactSet(facts.ToList()));

    public AdaptiveCardBuilder Add(CardElement element)
    {
        _body.Add(element);
        return this;
    }

    public AdaptiveCardBuilder Action(CardActionElement action)
    {
        _actions.Add(action);
        return this;
    }

    public AdaptiveCardBuilder OpenUrl(string title, Uri url) => Action(new OpenUrlAction(title, url));

    public AdaptiveCardBuilder FallbackText(string text)
    {
        _fallbackText = text;
        return this;
    }

    public AdaptiveCard Build() => new(_body.ToList())
    {
        Actions = _actions.Count == 0 ? null : _actions.ToList(),
        FallbackText = _fallbackText,
    };
}
