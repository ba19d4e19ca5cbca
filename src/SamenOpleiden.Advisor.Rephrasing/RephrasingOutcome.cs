namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>How a <see cref="RephrasedAdvice"/> came about.</summary>
public enum RephrasingOutcome
{
    /// <summary>The layer is off; the rule text, no HTTP call.</summary>
    Disabled,

    /// <summary>The model's answer passed the guard.</summary>
    Rephrased,

    /// <summary>A rephrasing that passed the guard earlier, from the cache.</summary>
    Cached,

    /// <summary>The rule text, because the model failed or its answer failed the guard.</summary>
    FellBack,
}
