using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>An element of a card's body.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
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

[JsonConverter(typeof(JsonStringEnumConverter<CardSpacing>))]
internal enum CardSpacing { None, Small, Default, Medium, Large, ExtraLarge }

[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
internal enum TextSize { Small, Default, Medium, Large, ExtraLarge }

[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
internal enum TextWeight { Lighter, Default, Bolder }

[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
internal enum ContainerStyle { Default, Emphasis, Accent, Good, Attention, Warning }
