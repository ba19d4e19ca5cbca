using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using SamenOpleiden.Advisor.BotFramework.Auth;

namespace SamenOpleiden.Advisor.BotFramework;

/// <summary>Checks the channel's settings at start, each fault naming the setting to fix.</summary>
internal sealed class BotFrameworkOptionsValidation : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var faults = new List<string>();
        if (options.IsAuthenticationEnabled && options.MicrosoftAppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            // Expected shape: MicrosoftAppType=SingleTenant, MicrosoftAppTenantId=<directory (tenant) GUID>.
            faults.Add("MicrosoftAppType is SingleTenant, so MicrosoftAppTenantId must be set to the bot's tenant id.");
        }

        if (options.IsAuthenticationEnabled && !(AppContext.TryGetSwitch(ChannelSigningKeys.BlockingRefreshSwitch, out var blocking) && blocking))
        {
            faults.Add($"The runtime switch {ChannelSigningKeys.BlockingRefreshSwitch} must be true (a RuntimeHostConfigurationOption in the host's project, as in Directory.Build.props), or a rolled-over channel signing key is refused until a later request.");
        }

        // ConfigurationManager refuses shorter intervals; say which setting is wrong before the first request does.
        if (options.SigningKeyLifetime < BaseConfigurationManager.MinimumAutomaticRefreshInterval)
        {
            faults.Add($"BotFramework:SigningKeyLifetime is {options.SigningKeyLifetime}; it must be at least {BaseConfigurationManager.MinimumAutomaticRefreshInterval}.");
        }

        if (options.SigningKeyRefreshThrottle < BaseConfigurationManager.MinimumRefreshInterval)
        {
            faults.Add($"BotFramework:SigningKeyRefreshThrottle is {options.SigningKeyRefreshThrottle}; it must be at least {BaseConfigurationManager.MinimumRefreshInterval}.");
        }

        return faults.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(faults);
    }
}
