using SamenOpleiden.Advisor.Rephrasing.Prompts;
using SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Rephrasing.Tests.Prompts;

/// <summary>A coordinator's edit to prompts/ is caught by <c>rules validate</c>, naming the file and the fault.</summary>
public sealed class PromptValidatorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "prompts-" + Guid.NewGuid().ToString("N"));

    public PromptValidatorTests()
    {
        Directory.CreateDirectory(_directory);
        foreach (var file in Directory.GetFiles(RepositoryFiles.Prompts))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void Validate_ShippedPrompts_HasNoProblems()
    {
        Assert.Empty(PromptValidator.Validate(RepositoryFiles.Prompts));
    }

    [Fact]
    public void Validate_TemplateWithoutAdviceVariable_NamesTheMissingVariable()
    {
        // Arrange
        Edit(PromptFiles.Template, t => t.Replace("{{$advice}}", "(geen)"));

        // Act
        var problem = Assert.Single(PromptValidator.Validate(_directory));

        // Assert
        Assert.Equal("rephrase-advice.yaml", problem.File);
        Assert.Contains("{{$advice}}", problem.Message);
    }

    [Fact]
    public void Validate_UnknownVariable_NamesItAndTheAvailableOnes()
    {
        Edit(PromptFiles.Template, t => t.Replace("Stijl: {{$style}}", "Stijl: {{$stijl}}"));

        var problem = Assert.Single(PromptValidator.Validate(_directory));

        Assert.Contains("'{{$stijl}}'", problem.Message);
        Assert.Contains("{{$style}}", problem.Message);
    }

    [Fact]
    public void Validate_UnreadableYaml_NamesFileAndLine()
    {
        File.WriteAllText(Path.Combine(_directory, PromptFiles.Styles), "formeel: \"zakelijk\nkort: [een, twee\n");

        var problem = Assert.Single(PromptValidator.Validate(_directory));

        Assert.Equal("styles.yaml", problem.File);
        Assert.Contains("geen leesbare YAML (regel", problem.Message);
    }

    [Fact]
    public void Validate_RemarksInSystemMessage_IsRefused()
    {
        // Respondents' words next to the instructions could be read as instructions.
        Edit(PromptFiles.Template, t => t.Replace("Stijl: {{$style}}", "Stijl: {{$style}} {{$remarks}}"));

        var problem = Assert.Single(PromptValidator.Validate(_directory));

        Assert.Contains("'{{$remarks}}' staat in een <message role=\"system\">", problem.Message);
    }

    [Fact]
    public void Validate_ReadingTemplateWithoutTheAnswer_NamesTheFileAndTheVariable()
    {
        Edit(PromptFiles.ReadingTemplate, t => t.Replace("{{$answer}}", "(geen)"));

        var problem = Assert.Single(PromptValidator.Validate(_directory));

        Assert.Equal("read-answer.yaml", problem.File);
        Assert.Contains("'{{$answer}}' ontbreekt", problem.Message);
    }

    [Fact]
    public void Validate_AnswerInTheReadingTemplatesSystemMessage_IsRefused()
    {
        Edit(PromptFiles.ReadingTemplate, t => t.Replace("Regels voor je antwoord:", "Regels voor je antwoord bij {{$answer}}:"));

        var problem = Assert.Single(PromptValidator.Validate(_directory));

        Assert.Equal("read-answer.yaml", problem.File);
        Assert.Contains("'{{$answer}}' staat in een <message role=\"system\">", problem.Message);
    }

    [Fact]
    public void Validate_DangerousContentAllowed_IsRefused()
    {
        Edit(PromptFiles.Template, t => t + "allow_dangerously_set_content: true\n");

        var problem = Assert.Single(PromptValidator.Validate(_directory));

        Assert.Contains("allow_dangerously_set_content", problem.Message);
    }

    [Fact]
    public void Validate_LooseAmpersandInTemplate_ExplainsTheXmlRule()
    {
        Edit(PromptFiles.Template, t => t.Replace("Je herschrijft adviezen", "Je herschrijft & verbetert adviezen"));

        var problem = Assert.Single(PromptValidator.Validate(_directory));

        Assert.Contains("gebruik geen losse < of &", problem.Message);
    }

    [Fact]
    public void Validate_MissingFilesAndFolder_AreNamed()
    {
        File.Delete(Path.Combine(_directory, PromptFiles.Styles));

        Assert.Equal(["styles.yaml"], PromptValidator.Validate(_directory).Select(p => p.File));
        Assert.Single(PromptValidator.Validate(Path.Combine(_directory, "bestaat-niet")));
    }

    [Fact]
    public void VersionOf_AnyEditToAPromptFile_GivesANewVersion()
    {
        var before = PromptValidator.VersionOf(_directory);

        Edit(PromptFiles.Styles, s => s.Replace("Warm en direct", "Hartelijk en direct"));

        Assert.Matches("^sha256:[0-9a-f]{16}$", before);
        Assert.NotEqual(before, PromptValidator.VersionOf(_directory));
        Assert.Equal(PromptValidator.VersionOf(RepositoryFiles.Prompts), PromptValidator.VersionOf(RepositoryFiles.Prompts));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void Edit(string file, Func<string, string> change)
    {
        var path = Path.Combine(_directory, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }
}
