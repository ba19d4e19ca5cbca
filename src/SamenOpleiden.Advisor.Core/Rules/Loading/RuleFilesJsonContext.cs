using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>
/// Source-generated metadata for the files of <c>rules/</c>, with the options <see cref="RuleFileReader"/> always used
/// (web names, comments and trailing commas allowed): reading them needs no reflection-based warm-up of
/// System.Text.Json on the service's start-up path.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(TypologyFile))]
[JsonSerializable(typeof(AdviceFile))]
[JsonSerializable(typeof(ConsistencyFile))]
[JsonSerializable(typeof(ProfileAdviceFile))]
[JsonSerializable(typeof(PriorityFile))]
[JsonSerializable(typeof(RoadmapFile))]
[JsonSerializable(typeof(TyperingFile))]
internal sealed partial class RuleFilesJsonContext : JsonSerializerContext;
