using Microsoft.Extensions.Options;

namespace SamenOpleiden.Advisor.Storage;

/// <summary>Refuses <see cref="StorageOptions"/> with every fault it has, each naming its key.</summary>
internal sealed class StorageOptionsValidation : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        options.Faults().ToList() is { Count: > 0 } faults ? ValidateOptionsResult.Fail(faults) : ValidateOptionsResult.Success;
}
