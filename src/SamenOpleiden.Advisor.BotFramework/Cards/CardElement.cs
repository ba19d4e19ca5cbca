using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>An element of a card's body.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
internal abstract record CardElement
{
    /// <summary>Draws a line above the element, separating it from the one before.</summary>
    public bool? Separator { get; init; }

    public CardSpacing? Spacing { get; init; }
}

/// <summary>Text; Teams and Web Chat render a subset of markdown in it (bold, italics, lists, links).</summary>
internal sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap { get; init; } = true;
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public bool? IsSubtle { get; init; }
    public TextColor? Color { get; init; }
}

/// <summary>Label/value pairs, shown as a two-column list.</summary>
internal sealed record FactSet(IReadOnlyList<CardFact> Facts) : CardElement;

/// <summary>One line of a <see cref="FactSet"/>.</summary>
internal sealed record CardFact(string Title, string Value);

/// <summary>Groups elements, e.g. one advice item.</summary>
internal sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
}

/// <summary>
/// What every input has: an id (the key of its value in what the card sends back), a label above it, and the
/// validation a client does before sending: required, with the message it shows otherwise (Adaptive Cards 1.3).
/// </summary>
internal abstract record CardInput : CardElement
{
    [JsonPropertyOrder(-1)]
    public required string Id { get; init; }

    public required string Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}

/// <summary>A line (or lines) of text.</summary>
internal sealed record TextInput : CardInput
{
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public int? MaxLength { get; init; }
    public bool? IsMultiline { get; init; }
}

/// <summary>A number between <see cref="Min"/> and <see cref="Max"/>.</summary>
internal sealed record NumberInput : CardInput
{
    public double? Value { get; init; }
    public string? Placeholder { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
}

/// <summary>One or several of a list; the value of several is the chosen values separated by commas.</summary>
internal sealed record ChoiceSetInput : CardInput
{
    public required IReadOnlyList<CardChoice> Choices { get; init; }
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public ChoiceInputStyle? Style { get; init; }
    public bool? IsMultiSelect { get; init; }
}

/// <summary>One option of a <see cref="ChoiceSetInput"/>.</summary>
internal sealed record CardChoice(string Title, string Value);

[JsonConverter(typeof(JsonStringEnumConverter<ChoiceInputStyle>))]
internal enum ChoiceInputStyle { Compact, Expanded }

[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
internal enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

[JsonConverter(typeof(JsonStringEnumConverter<CardSpacing>))]
internal enum CardSpacing { None, Small, Default, Medium, Large, ExtraLarge }

[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
internal enum TextSize { Small, Default, Medium, Large, ExtraLarge }

[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
internal enum TextWeight { Lighter, Default, Bolder }

[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
internal enum ContainerStyle { Default, Emphasis, Accent, Good, Attention, Warning }
