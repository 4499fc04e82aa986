using System.ComponentModel.DataAnnotations;

namespace BriefBot.Discord.Configuration;

/// <summary>An option holding a Discord id, or a list of them; null or empty passes (pair with [Required] where one must be set).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class DiscordIdAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) => value switch
    {
        null or "" => ValidationResult.Success,
        string one => Snowflake.IsValid(one) ? ValidationResult.Success : Failure(validationContext),
        IEnumerable<string> many when many.Where(id => !Snowflake.IsValid(id)).ToList() is { Count: > 0 } bad =>
            new ValidationResult(string.Format(System.Globalization.CultureInfo.InvariantCulture, ErrorMessageString, string.Join("', '", bad)), Members(validationContext)),
        _ => ValidationResult.Success,
    };

    private ValidationResult Failure(ValidationContext context) => new(FormatErrorMessage(context.DisplayName), Members(context));

    private static string[]? Members(ValidationContext context) => context.MemberName is { } member ? [member] : null;
}
