using SamenOpleiden.Advisor.Conversation.Recognition;

namespace SamenOpleiden.Advisor.Conversation.Dialog.Commands;

/// <summary>
/// Recognises a whole message as a command, forgiving a few typos ("volgnde stap", "smenvatting").
/// Only the whole message counts, so an answer that merely contains "advies" stays an answer.
/// </summary>
internal static class CommandParser
{
    private static readonly (string Phrase, CommandKind Kind)[] Phrases =
    [
        ("help", CommandKind.Help), ("hulp", CommandKind.Help), ("opdrachten", CommandKind.Help),
        ("uitleg", CommandKind.Explain), ("leg uit", CommandKind.Explain), ("leg het uit", CommandKind.Explain),
        ("wat bedoel je", CommandKind.Explain), ("wat bedoel je daarmee", CommandKind.Explain), ("hoe bedoel je", CommandKind.Explain),
        ("wat wordt bedoeld", CommandKind.Explain), ("wat wordt hiermee bedoeld", CommandKind.Explain), ("wat wordt daarmee bedoeld", CommandKind.Explain),
        ("wat betekent dat", CommandKind.Explain), ("wat betekent dit", CommandKind.Explain), ("wat houdt dat in", CommandKind.Explain),
        ("ik snap de vraag niet", CommandKind.Explain), ("ik begrijp de vraag niet", CommandKind.Explain), ("snap de vraag niet", CommandKind.Explain),
        ("ik snap het niet", CommandKind.Explain), ("ik begrijp het niet", CommandKind.Explain),
        ("terug", CommandKind.Back), ("vorige", CommandKind.Back), ("vorige vraag", CommandKind.Back),
        ("overslaan", CommandKind.Skip), ("sla over", CommandKind.Skip),
        // Thanks and goodbyes; not "top", "prima" or "super", which answer "Klopt dat?".
        ("bedankt", CommandKind.Thanks), ("dank je", CommandKind.Thanks), ("dank je wel", CommandKind.Thanks), ("dankjewel", CommandKind.Thanks),
        ("dank u", CommandKind.Thanks), ("dank u wel", CommandKind.Thanks), ("dankuwel", CommandKind.Thanks), ("thanks", CommandKind.Thanks),
        ("doei", CommandKind.Thanks), ("tot ziens", CommandKind.Thanks), ("groetjes", CommandKind.Thanks), ("fijne dag", CommandKind.Thanks),
        ("nvt", CommandKind.Skip), ("n v t", CommandKind.Skip), ("niet van toepassing", CommandKind.Skip),
        ("samenvatting", CommandKind.Summary),
        ("advies", CommandKind.Advice),
        ("volgende stap", CommandKind.NextStep), ("volgende", CommandKind.NextStep),
        ("waarom", CommandKind.Why),
        ("originele tekst", CommandKind.OriginalText), ("oorspronkelijke tekst", CommandKind.OriginalText), ("originele woorden", CommandKind.OriginalText),
        ("rapport", CommandKind.Report), ("rapportage", CommandKind.Report),
        ("opnieuw", CommandKind.Restart), ("opnieuw beginnen", CommandKind.Restart), ("begin opnieuw", CommandKind.Restart),
        ("verwijder mijn gegevens", CommandKind.Delete), ("verwijder gegevens", CommandKind.Delete),
        ("wijzig", CommandKind.Change), ("wijzigen", CommandKind.Change),
    ];

    private static readonly string[] Greetings =
        ["hallo", "hoi", "hi", "hey", "hee", "hai", "hello", "dag", "goedendag", "goedemorgen", "goedemiddag", "goedenavond", "goeiemorgen", "goeiemiddag", "goeienavond"];

    /// <summary>Words that may stand beside a greeting without making it more than one ("hallo allemaal", "goedemorgen adviseur").</summary>
    private static readonly string[] BesideAGreeting = ["allemaal", "daar", "adviseur", "bot", "iedereen"];

    private static readonly string[] RegionCodePrefixes = ["regiocode", "regio code"];

    /// <summary>How a question about the question opens.</summary>
    private static readonly string[] QuestionOpenings = ["wat is ", "wat zijn ", "wat betekent ", "wat bedoel", "wat wordt ", "wat houdt ", "hoe bedoel", "wat verstaan ", "wat versta "];

    private static readonly string[] ChangeVerbs = ["wijzig", "wijzigen", "verander", "aanpassen"];

    private static readonly string[] RemarkVerbs = ["toelichting", "opmerking"];

    /// <summary>"waarom staat financiën op fase 2" has seven words; a longer one-sentence "waarom ..." is read as an answer.</summary>
    private const int MaxWordsOfAWhy = 8;

    public static Command? Parse(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            // A lone question mark asks what the question means.
            return text.Trim().Trim('?').Length == 0 && text.Contains('?') ? new Command(CommandKind.Explain) : null;
        }

        if (RemarkCommand(text) is { } remark)
        {
            return remark;
        }

        foreach (var (phrase, kind) in Phrases)
        {
            if (EditDistance.IsClose(normalized, phrase))
            {
                return new Command(kind);
            }
        }

        if (StepReference.Parse(normalized) is { } step)
        {
            return new Command(CommandKind.Advice, step.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (WhyAbout(text, normalized) is { } why)
        {
            return why;
        }

        if (IsGreeting(normalized))
        {
            return new Command(CommandKind.Greeting);
        }

        if (IsQuestionAboutTheQuestion(text, normalized))
        {
            return new Command(CommandKind.Explain);
        }

        if (RegionCodePrefixes.FirstOrDefault(p => normalized == p || normalized.StartsWith(p + " ", StringComparison.Ordinal)) is { } prefix)
        {
            return new Command(CommandKind.JoinRegion, normalized[prefix.Length..].Trim());
        }

        var space = normalized.IndexOf(' ');
        if (space > 0 && ChangeVerbs.Any(verb => EditDistance.IsClose(normalized[..space], verb)))
        {
            return new Command(CommandKind.Change, normalized[(space + 1)..]);
        }

        return null;
    }

    /// <summary>A greeting and nothing more ("Hallo!", "goedemorgen allemaal", "hoi hoi"), up to a typo in a longer word.</summary>
    private static bool IsGreeting(string normalized)
    {
        var words = normalized.Split(' ');
        // Every word is checked first: an ordinary answer fails on its first word instead of every word being compared.
        return words.All(w => IsGreetingWord(w) || BesideAGreeting.Contains(w)) && words.Any(IsGreetingWord);
    }

    private static bool IsGreetingWord(string word) => Greetings.Any(greeting => EditDistance.IsClose(word, greeting));

    /// <summary>
    /// One sentence asking what something means ("Wat is een kwaliteitskader?", "Wat bedoelen jullie met HR?"): a
    /// respondent asking about the question, not describing the region. An answer that asks and then says something
    /// ("Een gezamenlijk budget? Nee.") has more than one sentence, so it stays an answer.
    /// </summary>
    private static bool IsQuestionAboutTheQuestion(string text, string normalized)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith('?') && trimmed[..^1].IndexOfAny(['.', '!', '?', '\n']) < 0
            && QuestionOpenings.Any(opening => normalized.StartsWith(opening, StringComparison.Ordinal));
    }

    /// <summary>
    /// "waarom stap 2", "Waarom financiën?", "waarom vraag je dit": one short sentence asking why about one thing ("waarom"
    /// alone is a phrase above). A longer text opening with "waarom" ("Waarom zou een bestuur plekken afstaan? Zo wordt hier
    /// gedacht.") is an answer in the respondent's own words.
    /// </summary>
    private static Command? WhyAbout(string text, string normalized)
    {
        var space = normalized.IndexOf(' ');
        if (space < 0 || !EditDistance.IsClose(normalized[..space], "waarom") || normalized.Split(' ').Length > MaxWordsOfAWhy)
        {
            return null;
        }

        var sentence = text.Trim().TrimEnd('?', '!', ' ');
        return sentence.IndexOfAny(['.', '!', '?', '\n']) < 0 ? new Command(CommandKind.Why, normalized[(space + 1)..]) : null;
    }

    /// <summary>"toelichting", "toelichting financiën", "toelichting HR: tekst": the rest stays as typed, it may be the remark itself.</summary>
    private static Command? RemarkCommand(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOfAny([' ', ':', '\t', '\n']);
        var verb = TextNormalizer.Normalize(end < 0 ? trimmed : trimmed[..end]);
        return RemarkVerbs.Any(v => EditDistance.IsClose(verb, v))
            ? new Command(CommandKind.Remark, end < 0 ? "" : trimmed[end..].TrimStart(' ', ':', '\t', '\n'))
            : null;
    }
}
