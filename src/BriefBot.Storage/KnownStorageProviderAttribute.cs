using System.ComponentModel.DataAnnotations;

namespace BriefBot.Storage;

/// <summary>Storage:Provider names a provider this build has (<see cref="StorageOptions.ProviderOf"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class KnownStorageProviderAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        StorageOptions.ProviderOf(value as string) is not null
            ? ValidationResult.Success
            : new ValidationResult($"Storage:Provider \"{value}\" is not one of Sqlite, Postgres.", validationContext.MemberName is { } member ? [member] : null);
}
