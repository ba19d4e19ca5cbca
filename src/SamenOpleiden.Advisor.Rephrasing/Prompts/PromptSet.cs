using Microsoft.SemanticKernel;

namespace SamenOpleiden.Advisor.Rephrasing.Prompts;

/// <summary>The loaded, checked prompts: the template, the styles, and their content hash.</summary>
/// <param name="Template">The Semantic Kernel prompt template with its execution settings.</param>
/// <param name="Styles">Style name to the instruction that goes into <c>{{$style}}</c>.</param>
/// <param name="Version">Content hash of <c>prompts/</c>; part of the cache key next to the rules version.</param>
internal sealed record PromptSet(PromptTemplateConfig Template, IReadOnlyDictionary<string, string> Styles, string Version);
