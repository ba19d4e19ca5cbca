using System.Text.Json;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>
/// Shows what the rules decided: phase per focus point, typering, roadmap steps and why. It only
/// formats the evaluator's result; no phase or advice is ever decided here.
/// </summary>
internal sealed class ResultPresenter(DialogServices services)
{
    /// <summary>Evaluates, shows the result in one reply (typering, phases, step 1, what next) and stores the finished assessment with this turn.</summary>
    public void Present(DialogTurn turn)
    {
        var result = Store(turn);
        turn.State.StepShown = 1;
        var step = Step(result, 1) ?? new AdviceStepReply("Stap 1", [], "De regels hebben voor stap 1 geen advies.", QuestionPrompts.AdviceChoices);
        turn.Add(new ResultReply(
            result.Typering.Name,
            result.Typering.Summary,
            services.Typology.FocusPoints
                .Select(f => new Fact(char.ToUpperInvariant(f.ShortName[0]) + f.ShortName[1..], result.Phases.GetValueOrDefault(f.Id) is { } p ? $"fase {p}" : "weet ik niet"))
                .ToList(),
            string.Join(" · ", services.Typology.Phases.Select(p => $"fase {p.Number}: {p.Name}")),
            step,
            step.Choices!));
    }

    /// <summary>
    /// Stores the assessment as it stands with this turn (a remark added after the result goes into the report too) and
    /// returns the rules' result.
    /// </summary>
    public AssessmentResult Store(DialogTurn turn)
    {
        var state = turn.State;
        var result = services.Evaluate(turn);
        var input = turn.Evaluation!.Value.Input;
        var assessment = new FinishedAssessment(
            Guid.NewGuid().ToString("N"),
            state.ConversationKey,
            state.RespondentKey,
            state.Profile.RegionName,
            result.RulesVersion,
            JsonSerializer.Serialize(input, AssessmentJson.Options),
            AssessmentJson.Serialize(result),
            new Dictionary<string, string>(state.Remarks),
            services.Clock.GetUtcNow());
        state.AssessmentId = assessment.Id;
        turn.Assessment = assessment;
        return result;
    }

    public void ShowStep(DialogTurn turn, int step)
    {
        turn.State.StepShown = step;
        AddStep(turn, services.Evaluate(turn), step);
    }

    /// <summary>
    /// Why the typering and the advice of the step shown last, told as the rules reasoned in the region's own words;
    /// rule ids stay in the result and the report's appendix, never in the chat.
    /// </summary>
    public void Why(DialogTurn turn)
    {
        var result = services.Evaluate(turn);
        var lines = new List<string> { $"Waarom de typering '{result.Typering.Name}':" };
        lines.AddRange(result.Typering.Trace.Select(t => $"- {t.Text}"));
        if (result.Steps.FirstOrDefault(s => s.Step == turn.State.StepShown) is { } step)
        {
            AddStepReasons(lines, step);
        }

        turn.Say(string.Join("\n", lines));
    }

    /// <summary>"waarom stap 2": the reasons of one step, whichever step is shown.</summary>
    public void WhyStep(DialogTurn turn, int number)
    {
        var result = services.Evaluate(turn);
        if (result.Steps.FirstOrDefault(s => s.Step == number) is not { } step)
        {
            turn.Say(DialogTexts.NoSuchStep(result.Steps.Count));
            return;
        }

        var lines = new List<string>();
        AddStepReasons(lines, step);
        turn.Say(string.Join("\n", lines));
    }

    /// <summary>
    /// "waarom financiën": why the focus point has its phase, then each advice item for it with its step and reasons, or
    /// where its advice went when no step holds it.
    /// </summary>
    public void WhyFocusPoint(DialogTurn turn, FocusPoint focusPoint)
    {
        var result = services.Evaluate(turn);
        var name = focusPoint.ShortName;
        var lines = new List<string>
        {
            result.Phases.GetValueOrDefault(focusPoint.Id) is { } phase
                ? $"Waarom {name} op fase {phase} staat:"
                : $"Waarom {name} geen fase heeft:",
        };
        lines.AddRange(result.PhaseTrace.GetValueOrDefault(focusPoint.Id, []).Select(t => $"- {t.Text}"));
        var items = result.Steps.SelectMany(s => s.Items.Where(i => i.FocusPoint == focusPoint.Id).Select(i => (s.Step, Item: i))).ToList();
        foreach (var (step, item) in items)
        {
            lines.Add($"Het advies voor {name} in stap {step}: **{item.Title}**");
            lines.AddRange(Reasons(item));
        }

        if (items.Count == 0)
        {
            lines.Add(result.Later.FirstOrDefault(l => l.FocusPoint == focusPoint.Id) is { } later
                ? $"Het advies voor {name} komt na de stappen van nu: **{later.Title}**. Wat eerder komt, gaat voor."
                : $"In de stappen staat geen advies voor {name}.");
        }

        turn.Say(string.Join("\n", lines));
    }

    private static void AddStepReasons(List<string> lines, RoadmapStep step)
    {
        lines.Add($"Waarom het advies van stap {step.Step}:");
        foreach (var item in step.Items)
        {
            lines.Add($"**{item.Title}**");
            lines.AddRange(Reasons(item));
        }
    }

    private static IEnumerable<string> Reasons(AdviceResultItem item) =>
        item.Trace.Select(t => t.Text).Distinct(StringComparer.Ordinal).Select(text => $"- {text}");

    /// <summary>The answers given so far: profile, phase and remark per focus point, ambition.</summary>
    public void AnswersSoFar(DialogTurn turn)
    {
        var state = turn.State;
        var facts = Profile.ProfileQuestions.Facts(state.Profile);
        foreach (var focusPoint in services.Typology.FocusPoints.Where(f => state.Answers.ContainsKey(f.Id)))
        {
            var remark = state.Remarks.GetValueOrDefault(focusPoint.Id);
            facts.Add(new Fact(focusPoint.Name, PhaseText(state.Answers[focusPoint.Id]) + (remark is null ? "" : $" — \"{remark}\"")));
        }

        if (state.Ambition.Count > 0)
        {
            facts.Add(new Fact("Eerst aan de slag met", string.Join(", ", state.Ambition.Select(id => services.Typology.Get(id).Name))));
        }

        turn.Add(facts.Count == 0
            ? new TextReply("Je hebt nog geen antwoorden gegeven.")
            : new SummaryReply("Je antwoorden tot nu toe", facts));
    }

    private void AddStep(DialogTurn turn, AssessmentResult result, int number)
    {
        if (Step(result, number) is { } step)
        {
            turn.Add(step);
        }
        else
        {
            turn.Say($"Voor stap {number} hebben de regels geen advies.");
        }
    }

    /// <summary>A roadmap step ready to show, with buttons for what can come after it; null when the rules have no such step.</summary>
    private AdviceStepReply? Step(AssessmentResult result, int number)
    {
        var step = result.Steps.FirstOrDefault(s => s.Step == number);
        if (step is null)
        {
            return null;
        }

        var last = number >= result.Steps.Count;
        var footer = last
            ? "Dit is de laatste stap. Typ 'waarom' voor de onderbouwing (of 'waarom financiën' voor één focuspunt) of 'rapport' voor een rapport."
            : $"Typ 'volgende stap' voor stap {number + 1}, of 'waarom' voor de onderbouwing (of 'waarom financiën' voor één focuspunt).";
        var choices = last ? QuestionPrompts.AdviceChoices.Skip(1).ToList() : QuestionPrompts.AdviceChoices;
        return new AdviceStepReply(step.Title, step.Items.Select(ItemView).ToList(), footer, choices);
    }

    private AdviceItemView ItemView(AdviceResultItem item)
    {
        var focusPoint = item.FocusPoint is null ? null : services.Typology.Find(item.FocusPoint);
        var subtitle = (focusPoint, item.FromPhase, item.ToPhase) switch
        {
            (not null, { } from, { } to) => $"{focusPoint.Name}: van fase {from} naar fase {to}",
            (not null, { } from, null) => $"{focusPoint.Name}: fase {from}",
            (not null, _, _) => focusPoint.Name,
            _ => "Algemeen",
        };
        return new AdviceItemView(item.Title, subtitle, item.Actions, $"{item.Lead} (trekker), met {DutchList.Join(item.Who)}", item.Horizon, item.Instrument, item.Id);
    }

    private string PhaseText(int? phase) =>
        phase is { } p ? $"fase {p} — {services.Typology.Phase(p).Name}" : "onbekend (weet ik niet)";

}
