namespace SamenOpleiden.Advisor.Core.Rules.Loading;

// Plain mirrors of the JSON files in rules/; mapped to the model after validation.
internal sealed record TypologyFile(List<PhaseDto>? Phases, List<FocusPointDto>? FocusPoints);
internal sealed record PhaseDto(int Number, string? Name, string? Meaning);
internal sealed record FocusPointDto(string? Id, string? Name, string? LongName, string? ShortName, string? Question, List<string>? Descriptors, List<string>? Synonyms, string? Explanation);
internal sealed record AdviceFile(string? FocusPoint, List<AdviceDto>? Items);
internal sealed record AdviceDto(string? Id, string? FocusPoint, string? Transition, bool? Variant, string? Title, List<string>? Actions,
    List<ConditionalActionDto>? ConditionalActions, string? Lead, List<string>? Who, string? Instrument, string? Horizon);
internal sealed record ConditionalActionDto(string? When, string? Text);
internal sealed record ConsistencyFile(List<ConsistencyDto>? Checks);
internal sealed record ConsistencyDto(string? Id, string? FocusPoint, int? Phase, string? Other, int? OtherPhase, int? SuggestedPhase, string? Reason, string? Question);
internal sealed record ProfileAdviceFile(List<ProfileAdviceDto>? Rows);
internal sealed record ProfileAdviceDto(string? Id, List<string>? When, List<int>? Phases, PhaseFilterDto? Neighbour, string? Advice, int? Weight, string? Reason);
internal sealed record PhaseFilterDto(string? FocusPoint, List<int>? Phases);
internal sealed record PriorityFile(Dictionary<string, int>? Weights, List<PriorityDto>? Rows);
internal sealed record PriorityDto(string? Id, List<string>? When, string? FocusPoint, List<int>? Phases, int? Weight, string? Reason);
internal sealed record RoadmapFile(List<StepDto>? Steps, List<DependencyDto>? Dependencies);
internal sealed record StepDto(int Step, string? Title, string? Horizon, int? Max, int? MinScore);
internal sealed record DependencyDto(string? Id, string? FocusPoint, List<string>? After, string? Reason);
internal sealed record TyperingFile(string? Undetermined, string? Even, string? Laggards, string? Frontrunners, string? Both, string? Unknown);
