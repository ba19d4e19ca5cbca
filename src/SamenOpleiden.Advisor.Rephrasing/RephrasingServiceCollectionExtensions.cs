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
    /// Registers <see cref="IAdviceRephraser"/> and <see cref="IAnswerReader"/> on the <see cref="RephrasingOptions"/>
    /// the caller configures (the host binds the <c>Rephrasing</c> section). Off: implementations that never touch HTTP.
    /// On: the options and <paramref name="promptsDirectory"/> are checked (<see cref="RephrasingOptionsValidation"/>)
    /// when the host starts or the layer is first used, naming every fault, so a wrong configuration stops the start
    /// instead of failing every respondent. Needs <see cref="IAssessmentEvaluator"/>, logging and <c>IMeterFactory</c>.
    /// </summary>
    public static IServiceCollection AddRephrasing(this IServiceCollection services, string promptsDirectory)
    {
        services.AddOptions<RephrasingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RephrasingOptions>>(new RephrasingOptionsValidation(promptsDirectory)));
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<RephrasingOptions>>().Value);
        services.TryAddSingleton(_ => PromptSetLoader.Load(promptsDirectory).Prompts
            ?? throw new InvalidOperationException($"The prompts in {promptsDirectory} are not valid; the options' validation says why."));
        services.TryAddSingleton<IRephrasingCache>(_ => new InMemoryRephrasingCache());
        services.AddSingleton<RephrasingMetrics>();
        services.AddSingleton<IPromptModel, SemanticKernelPromptModel>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<RephrasingOptions>();
            return new GuardedModelCall(new EndpointCooldown(TimeSpan.FromSeconds(options.CooldownSeconds), TimeProvider.System), options);
        });
        services.AddSingleton<IAnswerReader>(provider => provider.GetRequiredService<RephrasingOptions>() is { Enabled: true, ReadAnswers: true }
            ? ActivatorUtilities.CreateInstance<GuardedAnswerReader>(provider, provider.GetRequiredService<IAssessmentEvaluator>().Typology)
            : new DisabledAnswerReader());
        services.AddSingleton<IAdviceRephraser>(provider => provider.GetRequiredService<RephrasingOptions>() is { Enabled: true } options
            ? GuardedRephraser(provider, options)
            : new DisabledAdviceRephraser());
        return services;
    }

    private static GuardedAdviceRephraser GuardedRephraser(IServiceProvider provider, RephrasingOptions options)
    {
        var logger = provider.GetRequiredService<ILogger<GuardedAdviceRephraser>>();
        var prompts = provider.GetRequiredService<PromptSet>();
        RephrasingLog.Enabled(logger, SafeEndpoint(options.Endpoint!), options.Model!, options.Style, options.TimeoutSeconds, prompts.Version);
        return new GuardedAdviceRephraser(
            provider.GetRequiredService<IPromptModel>(),
            prompts,
            provider.GetRequiredService<IAssessmentEvaluator>().Typology,
            provider.GetRequiredService<IRephrasingCache>(),
            options,
            provider.GetRequiredService<RephrasingMetrics>(),
            provider.GetRequiredService<GuardedModelCall>(),
            logger);
    }

    // An endpoint may carry credentials in its user info or query; the log gets neither.
    private static string SafeEndpoint(string endpoint) =>
        new UriBuilder(endpoint) { UserName = "", Password = "", Query = "" }.Uri.ToString();
}
