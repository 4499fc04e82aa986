using Microsoft.Extensions.Options;

namespace BriefBot.Storage;

/// <summary>Storage:Provider must name a provider this build has.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        StorageOptions.ProviderOf(options.Provider) is null
            ? ValidateOptionsResult.Fail($"Storage:Provider \"{options.Provider}\" is not one of Sqlite, Postgres.")
            : ValidateOptionsResult.Success;
}
