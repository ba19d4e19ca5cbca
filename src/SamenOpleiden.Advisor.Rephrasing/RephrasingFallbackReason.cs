namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>
/// Why the model's answer was not used: the rule text was shown instead of a rephrasing, or the deterministic
/// reading instead of the model's reading of an answer. The metric's <c>reason</c> tag is its snake_case name.
/// </summary>
public enum RephrasingFallbackReason
{
    /// <summary>The time budget ran out.</summary>
    Timeout,

    /// <summary>The endpoint answered with an HTTP error or could not be reached.</summary>
    EndpointError,

    /// <summary>The endpoint failed or timed out moments ago; it is not asked again until the cooldown ends.</summary>
    CoolingDown,

    /// <summary>The model refused (content filter or a refusal instead of the asked format).</summary>
    Refusal,

    /// <summary>The answer was empty.</summary>
    Empty,

    /// <summary>The answer was not the asked JSON.</summary>
    Malformed,

    /// <summary>An advice item is missing, duplicated or unknown.</summary>
    MissingItem,

    /// <summary>The advice items are not in the rules' order.</summary>
    Reordered,

    /// <summary>An item does not name its focus point as the typology does.</summary>
    FocusPointMissing,

    /// <summary>An item does not name its phase as the typology does.</summary>
    PhaseMissing,

    /// <summary>An item names a focus point that is not its own.</summary>
    ForeignFocusPoint,

    /// <summary>An item names a phase that is not its own.</summary>
    WrongPhase,

    /// <summary>A number, date or amount that is not in the result or the profile.</summary>
    InventedFact,

    /// <summary>An organisation or other proper name that is not in the result or the profile.</summary>
    InventedName,

    /// <summary>A promise or commitment that the rules did not make.</summary>
    Commitment,

    /// <summary>Text copied from the respondent's remarks, or an instruction aimed at the model.</summary>
    InstructionEcho,

    /// <summary>The text is not Dutch.</summary>
    NotDutch,

    /// <summary>The text is far longer or shorter than the rule text.</summary>
    Length,

    /// <summary>A reading whose phase is not "1", "2", "3" or "onzeker".</summary>
    UnknownPhase,

    /// <summary>A reading whose quote is missing or does not occur in the respondent's answer.</summary>
    QuoteNotInAnswer,

    /// <summary>Something else went wrong; the rules still speak.</summary>
    Error,
}
