using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rephrasings;
using SamenOpleiden.Advisor.Rephrasing.Caching;
using SamenOpleiden.Advisor.Rephrasing.Diagnostics;
using SamenOpleiden.Advisor.Rephrasing.Prompts;
using SamenOpleiden.Advisor.Rephrasing.Reading;

namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>
/// Registers the optional LLM layer: <see cref="IAdviceRephraser"/>, <see cref="IAnswerReader"/>, and
/// <see cref="IRephrasingCache"/> unless one is registered.
/// </summary>
public static class RephrasingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAdviceRephraser"/> and <see cref="IAnswerReader"/>. Off: implementations that never touch HTTP.
    /// On: checks the options and <paramref name="promptsDirectory"/> now and throws naming every
    /// fault, so a wrong configuration stops the start instead of failing every respondent.
    /// Needs <see cref="IAssessmentEvaluator"/>, logging and <c>IMeterFactory</c> in the container.
    /// </summary>
    public static IServiceCollection AddRephrasing(this IServiceCollection services, RephrasingOptions options, string promptsDirectory)
    {
        if (!options.Enabled)
        {
            services.AddSingleton<IAdviceRephraser, DisabledAdviceRephraser>();
            services.AddSingleton<IAnswerReader, DisabledAnswerReader>();
            return services;
        }

        var (prompts, problems) = PromptSetLoader.Load(promptsDirectory);
        var faults = options.Problems().Concat(problems.Select(p => $"prompts/{p}")).ToList();
        if (prompts is not null && !prompts.Styles.ContainsKey(options.Style))
        {
            faults.Add($"Rephrasing:Style '{options.Style}' is not in prompts/styles.yaml ({string.Join(", ", prompts.Styles.Keys)}).");
        }

        if (faults.Count > 0)
        {
            throw new OptionsValidationException(RephrasingOptions.SectionName, typeof(RephrasingOptions), faults);
        }

        services.AddSingleton(options);
        services.AddSingleton(prompts!);
        services.TryAddSingleton<IRephrasingCache>(_ => new InMemoryRephrasingCache());
        services.AddSingleton<RephrasingMetrics>();
        services.AddSingleton<IPromptModel, SemanticKernelPromptModel>();
        services.AddSingleton(new GuardedModelCall(new EndpointCooldown(TimeSpan.FromSeconds(options.CooldownSeconds), TimeProvider.System), options));
        if (options.ReadAnswers)
        {
            services.AddSingleton<IAnswerReader>(sp =>
                ActivatorUtilities.CreateInstance<GuardedAnswerReader>(sp, sp.GetRequiredService<IAssessmentEvaluator>().Typology));
        }
        else
        {
            services.AddSingleton<IAnswerReader, DisabledAnswerReader>();
        }

        services.AddSingleton<IAdviceRephraser>(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<GuardedAdviceRephraser>>();
            RephrasingLog.Enabled(logger, SafeEndpoint(options.Endpoint!), options.Model!, options.Style, options.TimeoutSeconds, prompts!.Version);
            return new GuardedAdviceRephraser(
                sp.GetRequiredService<IPromptModel>(),
                prompts,
                sp.GetRequiredService<IAssessmentEvaluator>().Typology,
                sp.GetRequiredService<IRephrasingCache>(),
                options,
                sp.GetRequiredService<RephrasingMetrics>(),
                sp.GetRequiredService<GuardedModelCall>(),
                logger);
        });
        return services;
    }

    // An endpoint may carry credentials in its user info or query; the log gets neither.
    private static string SafeEndpoint(string endpoint) =>
        new UriBuilder(endpoint) { UserName = "", Password = "", Query = "" }.Uri.ToString();
}
