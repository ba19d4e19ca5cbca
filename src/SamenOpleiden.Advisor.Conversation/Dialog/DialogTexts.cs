using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>The bot's fixed Dutch sentences, in one place so their tone stays the same.</summary>
internal static class DialogTexts
{
    public const string Welcome =
        "Welkom! Ik help jullie Onderwijsregio in beeld te brengen hoe Samen Opleiden er nu voor staat. " +
        "Eerst een paar vragen over de regio, dan elf vragen over de focuspunten van de typering. " +
        "Daarna krijg je een typering en concrete volgende stappen.";

    public const string Privacy =
        "Over je gegevens: ik bewaar je antwoorden, je toelichtingen en het advies bij dit gesprek, " +
        "zodat je later verder kunt en er een rapport van gemaakt kan worden. Ze blijven bewaard tot je ze verwijdert: " +
        "typ op elk moment 'verwijder mijn gegevens'. Typ 'help' voor alle opdrachten.";

    public const string PrivacyLanguageModel =
        "Het advies wordt herschreven door een taalmodel: daarvoor gaan de uitkomst, het regioprofiel en je toelichtingen " +
        "naar de ingestelde taaldienst. De regels bepalen het advies; typ 'originele tekst' voor hun eigen woorden.";

    public const string PrivacyAnswersLanguageModel =
        "Een antwoord in eigen woorden dat ik niet zeker kan lezen, gaat naar de ingestelde taaldienst om een fase voor te stellen; " +
        "die stel ik je altijd eerst als vraag voor.";

    /// <summary>The privacy notice of the welcome, saying what leaves the service to a language model.</summary>
    public static string PrivacyNotice(bool adviceLeavesService, bool answersLeaveService) =>
        string.Join(' ', new[]
        {
            Privacy,
            adviceLeavesService ? PrivacyLanguageModel : null,
            answersLeaveService ? PrivacyAnswersLanguageModel : null,
        }.OfType<string>());

    public const string Reworded = "Deze tekst is herschreven door een taalmodel. Typ 'originele tekst' voor de woorden van de regels.";

    public const string WelcomeBack = "Welkom terug! We gaan verder waar je was.";

    public const string ThanksBack = "Graag gedaan! Je antwoorden en het advies blijven bewaard: je kunt later verder waar je was.";

    public const string GreetingBack = "Hallo! Hieronder staat de vraag waar we zijn. Typ 'help' als je wilt weten wat je verder kunt typen.";

    /// <summary>"uitleg" at a focus point: what it is about (<c>rules/typology.json</c>) and what each phase looks like.</summary>
    public static string Explanation(FocusPoint focusPoint, TypologyModel typology) =>
        $"Uitleg bij '{focusPoint.Name}':\n{focusPoint.Explanation}\n" +
        string.Concat(typology.Phases.Select(p => $"- Fase {p.Number} ({p.Name}): {focusPoint.DescriptorOf(p.Number)}\n")) +
        "Kies de fase die het best past, of beschrijf in je eigen woorden hoe het bij jullie gaat: dan stel ik een fase voor.";

    public const string ExplainProfile =
        "Deze vraag gaat over jullie regio als geheel: het advies houdt rekening met het antwoord. " +
        "Weet je het niet, typ dan 'weet ik niet' of 'overslaan'. Bij de elf focuspunten geeft 'uitleg' meer over elk punt.";

    public const string ExplainAmbition =
        "Het advies begint bij de focuspunten die jullie zelf als eerste willen oppakken, als dat kan. " +
        "Noem er een of meer, bijvoorbeeld 'HR en financiën'; zonder voorkeur typ je 'geen' en kiezen de regels de volgorde.";

    /// <summary>"uitleg" at a follow-up: why the rules ask it, in the region's own terms (the rule's trace).</summary>
    public static string WhyFollowUp(FollowUp followUp) =>
        "Waarom ik dit vraag: " + string.Join(" ", followUp.Trace.Select(t => t.Text));

    public const string ExplainRegionCode =
        "Met een regiocode van je coördinator komt je rapport in het overzicht van jullie regio, naast dat van je collega's. " +
        "Heb je er geen, typ dan 'geen': je krijgt je typering en advies net zo goed.";

    public const string Help =
        "Je kunt op elk moment typen:\n" +
        "- help: deze uitleg\n" +
        "- terug: de vorige vraag\n" +
        "- wijzig <focuspunt>: een antwoord aanpassen, bijv. 'wijzig financiën'; 'wijzig profiel' voor het regioprofiel\n" +
        "- overslaan: deze vraag overslaan\n" +
        "- toelichting <focuspunt>: iets toelichten, bijv. 'toelichting HR: we zoeken nog een trekker' (of meteen bij je antwoord: '2, maar HR doet nog niet mee')\n" +
        "- uitleg: wat er met de vraag bedoeld wordt (ook: 'wat bedoel je?')\n" +
        "- samenvatting: je antwoorden tot nu toe\n" +
        "- advies, volgende stap, waarom: het advies, de volgende stap en de onderbouwing; 'stap 2' of 'waarom financiën' voor één stap of focuspunt\n" +
        "- originele tekst: het advies in de eigen woorden van de regels\n" +
        "- rapport: een rapport van de uitkomst (in een regio ziet je coördinator het dan ook)\n" +
        "- regiocode <code>: meedoen met je regio, met de code van je coördinator\n" +
        "- opnieuw: alles wissen en opnieuw beginnen\n" +
        "- verwijder mijn gegevens: alles wat ik van je bewaar verwijderen";

    public const string ProfileForm =
        "Eerst iets over jullie regio. Vul in wat je weet; lege velden mogen.";

    public const string ProfileSaved = "Dank je, het regioprofiel is ingevuld. Nu de elf focuspunten.";

    public const string ProfileAsRead = "Jullie regioprofiel";

    public const string ProfileAgain = "We lopen het regioprofiel opnieuw langs. Typ 'weet ik niet' om een antwoord te houden zoals het is.";

    public const string ProfileUpdated = "Ik heb het regioprofiel bijgewerkt.";

    public const string RemarkKept = "Je toelichting heb ik erbij gezet.";

    public const string RemarkTooLong = "Een toelichting van hooguit 500 tekens graag, of typ 'nee'.";

    public const string RemarkHint = "Iets toelichten? Zet het achter je antwoord, bijvoorbeeld: '2, maar HR doet nog niet mee'.";

    public static string AskRemark(string focusPoint) => $"Wat wil je toelichten bij '{focusPoint}'? Typ je toelichting, of 'nee'.";

    public static string RemarkSaved(string focusPoint) => $"Je toelichting bij {focusPoint} is bewaard.";

    public const string RemarkWhere =
        "Bij welk focuspunt hoort je toelichting? Typ bijvoorbeeld 'toelichting financiën: we hebben nog geen gezamenlijk budget'.";

    public static string WhyAboutWhat(string asked) =>
        $"Ik weet niet waar '{asked}' op slaat. Typ 'waarom' voor de onderbouwing van deze stap, 'waarom stap 2' voor een andere stap " +
        "of 'waarom financiën' voor één focuspunt.";

    public static string NoSuchStep(int steps) =>
        steps switch
        {
            0 => "De regels hebben geen stappen gemaakt.",
            1 => "Het advies heeft één stap. Typ 'advies' om die te zien.",
            _ => $"Het advies heeft {steps} stappen. Typ bijvoorbeeld 'stap 1'.",
        };

    public const string NotYet = "Het advies komt zodra alle vragen beantwoord zijn. Laten we eerst verder gaan.";

    public const string ConfirmDelete = "Weet je zeker dat je al je gegevens wilt verwijderen? Dit kan niet ongedaan worden gemaakt.";

    public const string ConfirmRestart = "Weet je zeker dat je opnieuw wilt beginnen? Je antwoorden in dit gesprek worden dan gewist.";

    public const string NoReport = "Het rapport is hier nog niet beschikbaar. Typ 'samenvatting' of 'advies' om de uitkomst nog eens te zien.";

    public const string InGroup =
        "Dit is je eigen scan: je antwoorden en opdrachten gelden alleen voor jou, niemand anders kan ze veranderen of verwijderen. " +
        "Anderen in deze chat kunnen wel meelezen; liever privé? Stuur me dan een persoonlijk bericht.";

    public const string ReportReadyInGroup =
        "Hier is je rapport. Let op: iedereen in deze chat kan deze link openen.";

    public const string ReportReady = "Hier is jullie rapport, met een radardiagram, de fasen en het advies:";

    public const string NothingDeleted = "Prima, ik heb niets verwijderd.";

    public const string NotRestarted = "Prima, we gaan gewoon verder.";

    public static string RuleText(int step) =>
        $"Stap {step} in de eigen woorden van de regels. Ook de volgende stappen laat ik zo zien, tot je 'opnieuw' typt.";

    public static string Deleted(DeletionReport report)
    {
        var lines = report.Items.Where(i => i.Count > 0).Select(i => $"- {i.Description}: {i.Count}").ToList();
        return lines.Count == 0
            ? "Er was niets van je opgeslagen, dus er is niets verwijderd."
            : "Ik heb al je gegevens verwijderd:\n" + string.Join("\n", lines) +
              "\nTyp iets als je opnieuw wilt beginnen.";
    }

    public const string AskRegionCode = "Heeft je coördinator je een regiocode gegeven? Typ de code, of 'geen'.";

    public const string UnknownRegionCode =
        "Die regiocode ken ik niet. Controleer de code bij je coördinator en typ hem opnieuw, of typ 'geen' om zonder regio verder te gaan.";

    public static string RegionCodeBlocked(TimeSpan wait) =>
        $"Er zijn te veel onbekende regiocodes geprobeerd. Probeer het over {MinutesText(wait)} opnieuw met 'regiocode <code>'; je kunt intussen gewoon verder.";

    public const string RegionCodeMissing = "Typ 'regiocode' gevolgd door de code van je coördinator, bijvoorbeeld 'regiocode K7PM-Q3XD'.";

    public const string RegionsUnavailable = "Meedoen met een regio kan hier niet. Je kunt gewoon verder.";

    /// <summary>"Je doet mee met regio Zuid", but "met Onderwijsregio Noord", not "met regio Onderwijsregio Noord".</summary>
    public static string RegionJoined(string regionName, int round, bool finished) =>
        $"Je doet mee met {(regionName.Contains("regio", StringComparison.OrdinalIgnoreCase) ? regionName : "regio " + regionName)} (ronde {round}). Je coördinator ziet je antwoorden bij je rol, niet bij je naam." +
        (finished ? " Typ 'rapport' om je uitkomst met je regio te delen." : "");

    private static string MinutesText(TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return minutes == 1 ? "een minuut" : $"{minutes} minuten";
    }
}
