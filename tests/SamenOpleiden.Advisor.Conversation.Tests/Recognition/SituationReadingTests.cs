using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

/// <summary>
/// The hard cases of reading a respondent's own words (issue #17): negation after the signal and across a
/// sentence, contrast and concession, within versus between partnerships, hedges, generic words,
/// conflicting evidence, and plain narrative that never names the phase.
/// </summary>
public sealed class SituationReadingTests
{
    private static PhaseRecognition Read(string focusPoint, string text) => TestRules.Recognizer.Recognise(focusPoint, text);

    /// <summary>The text as read, before the decision: its signals and what changed them.</summary>
    private static TextAnalysis Analyse(string focusPoint, string text) => new SituationReader(new CompiledLexicon(TestRules.Lexicon), null).Analyse(focusPoint, text);

    /// <summary>The text's one phase-1 signal, as read in its place.</summary>
    private static SignalReading PhaseOneSignal(string focusPoint, string text) => Assert.Single(Analyse(focusPoint, text).Signals, s => s.LexiconPhase == 1);

    /// <summary>Reads <paramref name="text"/> and checks that it is proposed as <paramref name="phase"/>.</summary>
    private static PhaseRecognition ReadProposal(string focusPoint, string text, int phase)
    {
        var reading = Read(focusPoint, text);
        Assert.Equal(RecognitionKind.Proposal, reading.Kind);
        Assert.Equal(phase, reading.Phase);
        return reading;
    }

    [Fact]
    public void AVisionInADrawer_IsNeverReadAsAVisionThatLives()
    {
        // "ligt in een la" (shelved, unused) was not read, so "regionale visie" made it phase 3, two phases off.
        Assert.NotEqual(3, Read("doelstellingen", "De regionale visie ligt in een la; niemand kijkt ernaar.").Phase);
        ReadProposal("doelstellingen", "Het regioplan ligt te verstoffen.", 1);
    }

    [Theory]
    [InlineData("Toen onze coördinator vorig jaar stopte, ging alles gewoon door; het programmabureau draagt het.")]
    [InlineData("Onze coördinator ging tijdelijk weg; het programmabureau draaide gewoon door.")]
    public void WorkThatWentOnWhenSomeoneLeft_IsNeverReadAsDependingOnThatPerson(string text)
    {
        // Told in the past tense the going on was not read ("gaat ... door" was, "ging ... door" not): the leaving was
        // the only signal and the text was proposed as phase 1, two phases off.
        var reading = Read("toekomstbestendigheid", text);

        Assert.NotEqual(1, reading.Phase);
        Assert.Contains(3, reading.Alternatives.Prepend(reading.Phase ?? 0));
    }

    [Theory]
    [InlineData("de student staat centraal", 3)]
    [InlineData("Bij ons staat de lerende centraal.", 3)]
    [InlineData("de student staat hier nog niet centraal", 1)]
    public void TheFocusPointsOwnName_SaidOrDenied_ReadsAsItsEndPhase(string text, int phase)
    {
        // "de student staat centraal" was proposed as phase 1 on its words: in the learned texts "staat centraal" is mostly
        // said of the programme or the timetable, in phase-1 texts.
        ReadProposal("lerende-centraal", text, phase);
    }

    [Theory]
    [InlineData("financien", "een gezamenlijk budget hebben we nog niet", "gezamenlijk budget hebben we nog niet")]
    [InlineData("organisatiestructuur", "van gedeelde regie is nog geen sprake", "gedeelde regie is nog geen sprake")]
    [InlineData("financien", "Er is nog geen gezamenlijk budget.", "nog geen gezamenlijk budget")]
    public void NegationBeforeOrAfterTheSignal_DeniesItAndIsQuotedWithIt(string focusPoint, string text, string quote)
    {
        var reading = ReadProposal(focusPoint, text, 1);

        Assert.Equal(quote, reading.Evidence[0].Quote);
    }

    [Theory]
    [InlineData("financien", "Niemand zet hier een opleidingsplaats op zonder eerst het regionale fonds aan te spreken.")]
    [InlineData("organisatiestructuur", "Er is geen besluit dat we niet in de stuurgroep nemen.")]
    public void TwoNegationsThatCancel_AffirmWhatTheyEnclose(string focusPoint, string text)
    {
        var analysis = Analyse(focusPoint, text);

        Assert.NotEmpty(analysis.Signals);
        Assert.All(analysis.Signals, s => Assert.False(s.IsDenied));
        Assert.Equal(2, analysis.CancelledNegations.Select(p => analysis.Tokens[p].Word).Distinct().Count());
    }

    [Fact]
    public void NegationCancelledByASecond_IsNeverQuotedWithoutIt()
    {
        var reading = Read("toekomstbestendigheid", "Een besluit over de stageplaatsen wordt hier nooit genomen zonder de andere besturen.");

        Assert.NotEmpty(reading.Evidence);
        Assert.All(reading.Evidence, e => Assert.False(e.Quote.EndsWith("nooit", StringComparison.Ordinal) || e.Quote.StartsWith("nooit", StringComparison.Ordinal), e.Quote));
    }

    [Theory]
    [InlineData("financien", "Nee. Een gezamenlijk budget?")]
    [InlineData("relaties", "Ja. Iedereen kent elkaar inmiddels wel.")]
    [InlineData("organisatiestructuur", "Nou. Er is een stuurgroep met een coördinator.")]
    public void AnswerWordOnItsOwn_IsNeverTheQuoteAProposalRestsOn(string focusPoint, string text)
    {
        // "Ik lees 'Nee': dat past bij fase 3" would tell the respondent nothing: a yes or no answers the bot, it describes nothing.
        var reading = Read(focusPoint, text);

        Assert.All(reading.Evidence, e => Assert.DoesNotMatch("^(?i:nee|ja|nou)$", e.Quote));
    }

    [Theory]
    [InlineData("Niemand spreekt hier het regionale fonds aan.")]
    [InlineData("We zetten opleidingsplaatsen op zonder eerst het regionale fonds aan te spreken.")]
    public void OneNegationWithoutASecond_StillDenies(string text)
    {
        var analysis = Analyse("financien", text);

        Assert.True(Assert.Single(analysis.Signals, s => s.LexiconPhase == 3).IsDenied);
        Assert.Empty(analysis.CancelledNegations);
    }

    [Fact]
    public void NotASingleOneOpeningTheClause_DeniesTheWholeClause()
    {
        var reading = Read("solidariteit", "Geen enkel bestuur regelt zijn stageplaatsen nog op eigen houtje.");

        Assert.NotEqual(1, reading.Phase);
        Assert.Contains(reading.Evidence, e => e.Quote.StartsWith("Geen enkel") && e.Quote.EndsWith("eigen houtje"));
    }

    [Fact]
    public void Question_AsksRatherThanSays()
    {
        ReadProposal("financien", "Samen een regionaal fonds? Elk bestuur houdt zijn geld voor zichzelf.", 1);
    }

    [Theory]
    [InlineData("Een gezamenlijk budget? Nee.")]
    [InlineData("Een gezamenlijk budget? Nee, dat is er niet van gekomen.")]
    [InlineData("Een gezamenlijk budget? Niet echt.")]
    [InlineData("Een gezamenlijk budget? Nog niet.")]
    public void QuestionAnsweredNo_DeniesWhatItAsks_AsIfSaidAndNegated(string text)
    {
        var budget = Assert.Single(Analyse("financien", text).Signals, s => s.LexiconPhase == 3);

        Assert.True(budget.IsDenied);
        Assert.True(budget.IsSetAside);
        ReadProposal("financien", text, 1);
    }

    [Fact]
    public void QuestionAnsweredYes_IsSaid_NotAsked()
    {
        var asked = Assert.Single(Analyse("financien", "Een gezamenlijk budget? Sinds vorig jaar.").Signals, s => s.LexiconPhase == 3);
        var answered = Assert.Single(Analyse("financien", "Een gezamenlijk budget? Ja, sinds vorig jaar.").Signals, s => s.LexiconPhase == 3);

        Assert.False(answered.IsDenied);
        Assert.True(answered.Weight > asked.Weight * 2, $"{answered.Weight} against {asked.Weight}");
    }

    [Fact]
    public void NoBeforeAQuestion_AnswersTheBot_NotThatQuestion()
    {
        var budget = Assert.Single(Analyse("financien", "Nee. Een gezamenlijk budget? Daar praten we soms over.").Signals, s => s.LexiconPhase == 3);

        Assert.False(budget.IsSetAside);
    }

    [Fact]
    public void NegationInTheNextSentence_ThatRestrictsTheOneBefore_MakesItPartial()
    {
        var reading = Read("kwaliteit", "We hebben een regionaal kwaliteitskader. Dat geldt alleen niet voor het mbo.");

        Assert.Equal(2, reading.Phase);
        Assert.Contains(reading.Evidence, e => e.Quote.Contains("regionaal kwaliteitskader") && e.Quote.EndsWith("niet"));
    }

    [Fact]
    public void ContrastClauseWithoutSignalOfItsOwn_DeniesWhatCameBefore()
    {
        var reading = Read("kwaliteit", "Er zijn wel afspraken over kwaliteit, maar niemand houdt zich eraan.");

        Assert.Equal(1, reading.Phase);
    }

    [Fact]
    public void StrongWithinPartnershipsButHesitantBetween_IsPhaseOneNotTwoOnStrong()
    {
        var reading = Read("relaties", "Binnen de partnerschappen is het contact sterk, maar tussen de partnerschappen is het nog aarzelend.");

        Assert.Equal(1, reading.Phase);
        Assert.Contains(reading.Evidence, e => e.Quote == "Binnen de partnerschappen");
    }

    [Theory]
    [InlineData("toekomstbestendigheid", "Als de coördinator vertrekt, valt er niets weg.")]
    [InlineData("relaties", "De contacten zitten bij ons niet in één persoon.")]
    [InlineData("solidariteit", "Niemand trekt zich terug als het een keer tegenzit.")]
    [InlineData("lerende-centraal", "De student past zich hier niet aan het programma aan.")]
    [InlineData("loopbaan", "Een loopbaan is bij ons niet langer iets wat je zelf moet uitzoeken.")]
    [InlineData("kwaliteit", "De kwaliteit van het opleiden is niet langer de zaak van één bestuur.")]
    public void PhaseOneWordsDeniedOutright_AreNeverReadAsPhaseOne_PhaseTwoAndThreeAreOffered(string focusPoint, string text)
    {
        var reading = Read(focusPoint, text);

        Assert.Contains(reading.Kind, new[] { RecognitionKind.Proposal, RecognitionKind.Conflict });
        Assert.Contains(reading.Phase, new int?[] { 2, 3 });
        Assert.DoesNotContain(1, reading.Alternatives.Take(reading.Kind == RecognitionKind.Conflict ? 1 : 0));
        Assert.Contains(reading.Evidence, e => e.Phase != 1 && text.Contains(e.Quote));
    }

    [Theory]
    [InlineData("toekomstbestendigheid", "Van één persoon hangt het hier niet meer af.", true)]
    [InlineData("toekomstbestendigheid", "Van één persoon hangt het hier niets meer af.", true)]
    [InlineData("toekomstbestendigheid", "Op één persoon leunt het niet langer.", true)]
    [InlineData("toekomstbestendigheid", "Van één persoon hangt het hier niet af.", false)]
    [InlineData("toekomstbestendigheid", "Op één persoon leunt het niet meer dan elders.", false)]
    [InlineData("loopbaan", "Dat ieder bestuur zijn eigen inwerkprogramma draait, is bij ons verleden tijd.", false)]
    [InlineData("loopbaan", "Dat elk bestuur alleen voor zichzelf opleidt, zie je hier niet meer.", true)]
    [InlineData("integraal-systeem", "Ieder bestuur zijn eigen inwerkprogramma? Dat komt in onze regio niet meer voor.", true)]
    public void NegationAtTheEndOrInAClauseThatRefersBack_DeniesWhatCameBefore_AndNoLongerSetsItAside(string focusPoint, string text, bool setAside)
    {
        // Reaching back from the end of its clause; from the clause after a sentence-opening subject clause ("Dat
        // ..., is verleden tijd"); from a sentence that refers back with only a common word ("regio") of its own.
        var signal = PhaseOneSignal(focusPoint, text);

        Assert.True(signal.IsDenied);
        Assert.Equal(setAside, signal.IsSetAside);
    }

    [Theory]
    [InlineData("solidariteit", "Bij het verdelen van de stageplekken heeft niemand gekeken of het de eigen school iets opbracht.", true)]
    [InlineData("solidariteit", "Bij een nieuwe aanvraag vragen de besturen zich niet af of het voor de eigen school voordeel heeft.", true)]
    [InlineData("solidariteit", "Bij het verdelen van de stageplekken heeft iedereen eerst gekeken of het de eigen school iets opbracht.", false)]
    public void NegationBeforeAQuestionItAsks_DeniesWhatTheQuestionAsks(string focusPoint, string text, bool denied)
    {
        // Nobody asking whether their own school gains says own-school gain is no consideration: the phase-1 sign is set aside.
        var signal = PhaseOneSignal(focusPoint, text);

        Assert.Equal(denied, signal.IsDenied);
        Assert.Equal(denied, signal.IsSetAside);
    }

    [Theory]
    [InlineData("Het pensioen van onze coördinator bracht de opleidingsschool niet aan het wankelen.", true)]
    [InlineData("Door het pensioen van onze coördinator is de opleidingsschool aan het wankelen gebracht.", false)]
    public void PhaseOneConsequenceDenied_DeniesThePhaseOneCauseBeforeIt(string text, bool denied)
    {
        // What the departure did not bring about is no sign of depending on one person: the chain is denied, not only its end.
        var analysis = Analyse("toekomstbestendigheid", text);

        Assert.Equal(2, analysis.Signals.Count(s => s.LexiconPhase == 1 && !s.IsWeak));
        Assert.All(analysis.Signals.Where(s => s.LexiconPhase == 1 && !s.IsWeak), s => Assert.Equal(denied, s.IsDenied));
        Assert.Equal(denied, Read("toekomstbestendigheid", text).Phase != 1);
    }

    [Theory]
    [InlineData("loopbaan", "Loopbaanbeleid is de zaak van elke school.", 1, "zaak van elke school")]
    [InlineData("kwaliteit", "De kwaliteit van de begeleiding is een zaak van de hele regio.", 3, "zaak van de hele regio")]
    public void WhoseBusinessItIs_OneSchoolOrBoardIsPhaseOne_TheRegionIsPhaseThree(string focusPoint, string text, int phase, string quote)
    {
        var reading = ReadProposal(focusPoint, text, phase);

        Assert.Equal(quote, reading.Evidence[0].Quote);
    }

    [Fact]
    public void WhatHappenedWhenTheCarrierLeft_IsToldByTheMainClause_NotByTheLeaving()
    {
        const string text = "Toen onze coördinator vertrok, nam een collega van een ander bestuur het stokje over.";

        Assert.True(PhaseOneSignal("toekomstbestendigheid", text).IsConditional);
        Assert.NotEqual(1, Read("toekomstbestendigheid", text).Phase);
    }

    [Theory]
    [InlineData("Het is niet langer zo dat elk bestuur het zelf regelt.")]
    [InlineData("Van ieder voor zich is geen sprake meer.")]
    public void PhaseOneSignPutInThePast_ProposesPhaseTwoWithThreeOffered_NeverThreeOutright(string text)
    {
        // Phase 1's own sign is what the text has, and it is put in the past: what is left is not phase 3 outright.
        var reading = Read("toekomstbestendigheid", text);

        Assert.Equal(2, reading.Phase);
        Assert.Contains(3, reading.Alternatives);
    }

    [Theory]
    [InlineData("kwaliteit", "In het begin deed iedere school haar eigen evaluaties.")]
    [InlineData("organisatiestructuur", "Vroeger besliste elk bestuur alles zelf. Nu gaat dat anders.")]
    public void PhaseOneWordsOnlyAboutThePast_AreNotProposedAsPhaseOne(string focusPoint, string text)
    {
        var reading = Read(focusPoint, text);

        Assert.NotEqual(1, reading.Phase);
    }

    [Fact]
    public void NothingBetweenThePartnerships_IsPhaseOneEvidenceOfItsOwn()
    {
        var reading = ReadProposal("relaties", "Binnen de besturen gaat het goed, tussen de besturen gebeurt nog niets.", 1);

        Assert.Contains(reading.Evidence, e => e.Quote.StartsWith("tussen de besturen"));
    }

    [Fact]
    public void Concession_WeighsLessThanTheMainClause()
    {
        var reading = Read("financien", "Hoewel elk bestuur nog een eigen potje heeft, gaat het meeste geld in een regionaal fonds met een meerjarige begroting.");

        Assert.Equal(3, reading.Phase);
    }

    [Fact]
    public void ConcessionAfterTheMainClause_WeighsLessThanTheMainClause()
    {
        ReadProposal("solidariteit", "De stageplekken worden regionaal verdeeld, hoewel elk bestuur eerst aan de eigen scholen denkt.", 2);
    }

    [Theory]
    [InlineData("We delen de stageplekken eerlijk, ook als een eigen school daardoor zelf minder studenten heeft.")]
    [InlineData("Ieder bestuur helpt mee, zelfs als het eigen belang er even onder lijdt.")]
    public void PhaseOneCostGrantedInAnEvenIf_IsNotProposedAsPhaseOne(string text)
    {
        var reading = Read("solidariteit", text);

        Assert.NotEqual(1, reading.Phase);
        Assert.DoesNotContain(1, reading.Alternatives.Take(reading.Kind == RecognitionKind.Conflict ? 1 : 0));
    }

    [Theory]
    [InlineData("Voor een zij-instromer maakt het niet uit bij welk bestuur hij begint.", 3)]
    [InlineData("Het maakt de besturen niet uit wat de regio doet.", 1)]
    public void NotMatteringWhichBoard_IsPhaseThree_NotMatteringToTheBoards_IsNot(string text, int phase)
    {
        ReadProposal("loopbaan", text, phase);
    }

    [Fact]
    public void HedgeOpeningTheSentence_MakesARegionalSignalPartial()
    {
        var reading = Read("financien", "Steeds meer besturen brengen hun geld in een regionaal fonds.");

        Assert.Equal(2, reading.Phase);
        Assert.StartsWith("Steeds meer", reading.Evidence[0].Quote);
    }

    [Theory]
    [InlineData("kwaliteit", "We hebben een regionaal kwaliteitskader, maar het wordt nog niet overal gebruikt.", "nog niet overal")]
    [InlineData("financien", "Deels. Er is een regionaal fonds.", "Deels")]
    public void HedgeInItsOwnClauseOrSentence_MakesTheRegionalSignalPartial_AndIsQuoted(string focusPoint, string text, string hedge)
    {
        var reading = ReadProposal(focusPoint, text, 2);

        Assert.Contains(reading.Evidence, e => e.Quote.Contains(hedge));
    }

    [Theory]
    [InlineData("Binnen ons partnerschap is er structureel overleg.", 1)]
    [InlineData("Tussen de partnerschappen is er structureel overleg.", 2)]
    public void TheSameSignal_WithinOnePartnershipOrBetweenThem_IsReadAsADifferentPhase(string text, int phase)
    {
        ReadProposal("relaties", text, phase);
    }

    [Fact]
    public void StrongestEvidenceWins_NotTheMostFrequentWord()
    {
        var reading = ReadProposal("organisatiestructuur", "Regionaal overleg is er genoeg, regionale dagen ook, maar er is geen regie: elk bestuur beslist zelf.", 1);

        Assert.Contains(reading.Evidence, e => e.Quote == "elk bestuur beslist zelf");
    }

    [Theory]
    [InlineData("regionaal")]
    [InlineData("gezamenlijk")]
    [InlineData("elk partnerschap")]
    public void OneGenericWord_DecidesNothing(string text)
    {
        Assert.Equal(RecognitionKind.Unsure, Read("kwaliteit", text).Kind);
    }

    [Theory]
    [InlineData("doelstellingen", "we hebben een gezamenlijk regioplan en de besturen nemen het op in hun jaarplannen", 2)]
    [InlineData("relaties", "de bestuurders overleggen elk kwartaal in het regionaal overleg", 2)]
    [InlineData("toekomstbestendigheid", "het hangt nog erg af van een paar trekkers", 1)]
    public void TextsTheOldRecogniserMisread_AreReadRight(string focusPoint, string text, int phase)
    {
        ReadProposal(focusPoint, text, phase);
    }

    [Theory]
    [InlineData("toekomstbestendigheid", "Toen onze coördinator vertrok, viel alles stil. Niemand wist nog welke afspraken er waren.")]
    [InlineData("solidariteit", "Toen een ander bestuur een tekort had, zei onze bestuurder: dat is hun probleem.")]
    public void PlainNarrative_IsReadWithoutNamingThePhase(string focusPoint, string text)
    {
        ReadProposal(focusPoint, text, 1);
    }

    [Fact]
    public void NarrativeWithoutAnyLexiconPhrase_IsReadFromItsWords_QuotingTheRunOfWordsItRestsOn()
    {
        const string text = "Onze coördinator gaat volgend jaar weg en dan weet eigenlijk niemand hoe het verder moet.";

        var reading = Read("toekomstbestendigheid", text);
        var phrasesOnly = new PhaseRecognizer(TestRules.Typology, TestRules.Lexicon.WithoutWordWeights()).Recognise("toekomstbestendigheid", text);

        Assert.Equal(RecognitionKind.Unsure, phrasesOnly.Kind);
        Assert.Equal(RecognitionKind.Proposal, reading.Kind);
        Assert.Equal(1, reading.Phase);
        var quote = Assert.Single(reading.Evidence).Quote;
        Assert.Contains(quote, text);
        Assert.Contains("niemand", quote);
    }

    [Fact]
    public void ClauseOnlyWithZonder_DeniesNothingBeforeIt()
    {
        // "zonder dat" opens a clause of its own; its "dat" is a conjunction, not a reference to the clause before.
        const string text = "De samenwerking is verankerd in het beleid van alle besturen en past zich aan als de regio verandert, zonder dat we iets opnieuw hoeven op te bouwen.";

        Assert.All(Analyse("toekomstbestendigheid", text).Signals, s => Assert.False(s.IsDenied));
        var reading = Read("toekomstbestendigheid", text);
        Assert.Equal(3, reading.Phase);
        Assert.DoesNotContain(reading.Evidence, e => e.Phase == 1);
    }

    [Fact]
    public void EvidenceForBothEnds_IsPartlyPhaseTwo_QuotingEachEnd()
    {
        var reading = ReadProposal("kwaliteit", "Iedere school doet haar eigen evaluaties, terwijl we de uitkomsten in één regionaal kwaliteitsrapport samen bespreken en bijsturen.", 2);

        Assert.Contains(reading.Evidence, e => e.Phase == 1 && e.Quote.Contains("eigen evaluaties"));
        Assert.Contains(reading.Evidence, e => e.Phase == 3);
    }

    [Fact]
    public void ConflictingEvidence_OffersBothPhasesWithTheWordsForEach()
    {
        var reading = Read("organisatiestructuur", "We hebben een stuurgroep met een coördinator, maar besluiten neemt elk bestuur zelf.");

        Assert.Equal(RecognitionKind.Conflict, reading.Kind);
        Assert.Equal([1, 2], new[] { reading.Phase!.Value, reading.Alternatives[0] }.Order());
        Assert.Contains(reading.Evidence, e => e.Phase == 1 && e.Quote == "elk bestuur zelf");
        Assert.Contains(reading.Evidence, e => e.Phase == 2 && e.Quote.Contains("stuurgroep"));
    }

    [Fact]
    public void TypoInALongWord_StillMatches()
    {
        var reading = Read("organisatiestructuur", "er is een stuurgroep en een regiocoordinatr met mandaat");

        Assert.Equal(2, reading.Phase);
    }
}
