using SamenOpleiden.Advisor.Conversation.Recognition;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>Reads a bare yes or no, as people type it.</summary>
internal static class YesNo
{
    /// <summary>True for yes, false for no, null for anything else.</summary>
    public static bool? Read(string text) => TextNormalizer.Normalize(text) switch
    {
        "ja" or "jazeker" or "ja hoor" or "ja graag" or "klopt" or "correct" or "yes" or "j" => true,
        "nee" or "neen" or "nee hoor" or "nee dank je" or "nee bedankt" or "klopt niet" or "no" or "n" or "geen" or "niets" or "nvt" or "n v t" => false,
        _ => null,
    };
}
