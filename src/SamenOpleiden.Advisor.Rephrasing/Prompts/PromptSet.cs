using Microsoft.SemanticKernel;

namespace SamenOpleiden.Advisor.Rephrasing.Prompts;

/// <summary>The loaded, checked prompts: the templates, the styles, and their content hash.</summary>
/// <param name="Template">The Semantic Kernel prompt template for rewording advice, with its execution settings.</param>
/// <param name="Reading">The template for reading a respondent's own words as a phase.</param>
/// <param name="Styles">Style name to the instruction that goes into <c>{{$style}}</c>.</param>
/// <param name="Version">Content hash of <c>prompts/</c>; part of the cache key next to the rules version.</param>
internal sealed record PromptSet(PromptTemplateConfig Template, PromptTemplateConfig Reading, IReadOnlyDictionary<string, string> Styles, string Version);
