using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.SemanticKernel;

namespace SamenOpleiden.Advisor.Rephrasing.Prompts;

/// <summary>Checks a parsed template: its variables, where data may go, and that its messages parse.</summary>
internal static partial class PromptTemplateChecks
{
    [GeneratedRegex(@"\{\{(?<body>.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex Expression();

    [GeneratedRegex(@"^\s*\$(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*$")]
    private static partial Regex Variable();

    public static IEnumerable<string> Check(PromptTemplateConfig config, PromptSpec spec)
    {
        if (string.IsNullOrWhiteSpace(config.Template))
        {
            yield return "'template' ontbreekt of is leeg.";
            yield break;
        }

        if (config.TemplateFormat is not ("semantic-kernel" or null or ""))
        {
            yield return $"'template_format' moet 'semantic-kernel' zijn, niet '{config.TemplateFormat}'.";
        }

        // Encoding of variable values is what stops a remark from opening its own system message.
        if (config.AllowDangerouslySetContent || config.InputVariables.Any(v => v.AllowDangerouslySetContent))
        {
            yield return "'allow_dangerously_set_content' mag niet aan staan: dan kan tekst van een respondent als opdracht gelezen worden.";
        }

        var used = new List<string>();
        foreach (Match match in Expression().Matches(config.Template))
        {
            var variable = Variable().Match(match.Groups["body"].Value);
            if (!variable.Success)
            {
                yield return $"'{match.Value}' wordt niet ondersteund; gebruik alleen variabelen zoals {{{{${spec.Required[0]}}}}}.";
                continue;
            }

            var name = variable.Groups["name"].Value;
            used.Add(name);
            if (!spec.Provided.Contains(name))
            {
                yield return $"onbekende variabele '{{{{${name}}}}}'; beschikbaar zijn: {string.Join(", ", spec.Provided.Order().Select(p => "{{$" + p + "}}"))}.";
            }
        }

        foreach (var required in spec.Required.Where(r => !used.Contains(r)))
        {
            yield return $"de variabele '{{{{${required}}}}}' ontbreekt in het sjabloon; zonder die ziet het taalmodel niet waar het over gaat.";
        }

        foreach (var declared in config.InputVariables.Where(v => !spec.Provided.Contains(v.Name)))
        {
            yield return $"'input_variables' noemt '{declared.Name}', maar die variabele wordt niet gevuld.";
        }

        foreach (var problem in CheckMessages(config.Template, spec))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> CheckMessages(string template, PromptSpec spec)
    {
        var document = new XmlDocument();
        try
        {
            // Values are encoded at render time, so any text stands in for them here.
            document.LoadXml("<root>" + Expression().Replace(template, m => "VAR" + m.Groups["body"].Value.Trim()) + "</root>");
        }
        catch (XmlException e)
        {
            return [$"het sjabloon is geen geldige reeks <message>-blokken ({e.Message}); gebruik geen losse < of & in de tekst."];
        }

        var messages = document.DocumentElement!.ChildNodes.OfType<XmlElement>().Where(e => e.Name == "message").ToList();
        var problems = new List<string>();
        if (!messages.Any(m => m.GetAttribute("role") == "system"))
        {
            problems.Add("het sjabloon heeft geen <message role=\"system\"> met de aanwijzingen.");
        }

        if (!messages.Any(m => m.GetAttribute("role") == "user"))
        {
            problems.Add("het sjabloon heeft geen <message role=\"user\"> voor de gegevens.");
        }

        foreach (var message in messages.Where(m => m.GetAttribute("role") != "user"))
        {
            foreach (var data in spec.DataOnly.Where(d => message.InnerText.Contains("VAR$" + d, StringComparison.Ordinal)))
            {
                problems.Add($"'{{{{${data}}}}}' staat in een <message role=\"{message.GetAttribute("role")}\">; gegevens horen alleen in het gebruikersbericht, nooit bij de aanwijzingen.");
            }
        }

        return problems;
    }
}
