using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

/// <summary>Labelled texts in JSON Lines (the examples and the evaluation sets): a line that is not well formed is named in Dutch.</summary>
public sealed class LabelledTextFileTests
{
    [Theory]
    [InlineData("""{"id": "x", "focusPoint": "koffie", "phase": 1, "text": "t"}""", "onbekend focuspunt 'koffie'")]
    [InlineData("""{"id": "x", "focusPoint": "kwaliteit", "phase": 1, "also": 3, "text": "t"}""", "also 3 grenst niet aan fase 1")]
    [InlineData("""{"id": "x", "focusPoint": "kwaliteit", "phase": 4, "text": "t"}""", "fase 4 is niet 1-3")]
    [InlineData("niet eens json", "regel 1: geen JSON-object")]
    public void Read_MalformedLine_IsRefusedNamingFileLineAndFault(string line, string fault)
    {
        var path = Path.Combine(Path.GetTempPath(), $"set-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, line + "\n");
        try
        {
            var error = Assert.Throws<FormatException>(() => LabelledTextFile.Read(path, TestRules.Typology));

            Assert.Contains(fault, error.Message);
            Assert.StartsWith(Path.GetFileName(path) + " regel 1", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
