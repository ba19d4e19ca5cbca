namespace SamenOpleiden.Advisor.Core.Rules.Loading;

// Plain mirrors of the JSON files in rules/; mapped to the model after validation.
internal sealed record TypologyFile(List<PhaseDto>? Phases, List<FocusPointDto>? FocusPoints);
internal sealed record PhaseDto(int Number, string? Name, string? Meaning);
internal sealed record FocusPointDto(string? Id, string? Name, string? LongName, string? ShortName, string? Question, List<string>? Descriptors, List<string>? Synonyms);
internal sealed record AdviceFile(string? FocusPoint, List<AdviceDto>? Items);
internal sealed record AdviceDto(string? Id, string? FocusPoint, string? Transition, string? Title, List<string>? Actions, List<string>? Who, string? Horizon, string? Instrument);
internal sealed record RoadmapFile(List<StepDto>? Steps, List<DependencyDto>? Dependencies);
internal sealed record StepDto(int Step, string? Title, int? Max, int? MinScore);
internal sealed record DependencyDto(string? Id, string? FocusPoint, List<string>? After, string? Reason);
