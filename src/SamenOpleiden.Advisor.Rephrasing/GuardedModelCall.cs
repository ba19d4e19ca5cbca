using Microsoft.SemanticKernel;

namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>What one call to the model gave: its answer, or why there is none.</summary>
internal sealed record ModelAnswer(string? Text, bool Refused, RephrasingFallbackReason? Failure, string? Detail)
{
    public static ModelAnswer Failed(RephrasingFallbackReason reason, string detail) => new(null, false, reason, detail);
}

/// <summary>
/// One call to the model as every use of the layer makes it: not while the endpoint cools down after a
/// failure, within the time budget, and whatever a connector throws turned into a reason (the caller's own
/// cancellation excepted). A timeout or an endpoint error starts the cooldown. One instance serves the
/// whole layer, so advice and answers share the endpoint's cooldown.
/// </summary>
internal sealed class GuardedModelCall(EndpointCooldown cooldown, RephrasingOptions options)
{
    public async Task<ModelAnswer> CallAsync(Func<CancellationToken, Task<(string? Text, bool Refused)>> call, CancellationToken cancellationToken)
    {
        if (cooldown.IsCoolingDown)
        {
            return ModelAnswer.Failed(RephrasingFallbackReason.CoolingDown, $"the endpoint failed less than {options.CooldownSeconds:0.##}s ago");
        }

        var answer = await WithinBudgetAsync(call, cancellationToken);
        if (answer.Failure is RephrasingFallbackReason.Timeout or RephrasingFallbackReason.EndpointError)
        {
            cooldown.Failed();
        }

        return answer;
    }

    private async Task<ModelAnswer> WithinBudgetAsync(Func<CancellationToken, Task<(string? Text, bool Refused)>> call, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Timeout);
        try
        {
            var (text, refused) = await call(budget.Token);
            return new ModelAnswer(text, refused, null, null);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception) when (budget.IsCancellationRequested)
        {
            return ModelAnswer.Failed(RephrasingFallbackReason.Timeout, $"no answer within {options.TimeoutSeconds:0.##}s");
        }
        catch (HttpOperationException e)
        {
            return ModelAnswer.Failed(RephrasingFallbackReason.EndpointError, $"HTTP {(int?)e.StatusCode}: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            return ModelAnswer.Failed(RephrasingFallbackReason.EndpointError, e.Message);
        }
        catch (Exception e)
        {
            // Whatever else a connector or server throws, the deterministic path still speaks: never a crash for an optional layer.
            return ModelAnswer.Failed(RephrasingFallbackReason.Error, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
