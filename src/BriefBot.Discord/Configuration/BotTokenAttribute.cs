using System.ComponentModel.DataAnnotations;

namespace BriefBot.Discord.Configuration;

/// <summary>Discord:Token as pasted (a "Bot " prefix is allowed): not empty, no spaces. Its value is never echoed.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class BotTokenAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var token = DiscordOptions.Bare(value as string);
        string[]? members = validationContext.MemberName is { } member ? [member] : null;
        return token.Length == 0 ? new ValidationResult("Discord:Token is empty.", members)
            : token.Any(char.IsWhiteSpace) ? new ValidationResult("Discord:Token contains spaces; paste the bot token exactly as the Developer Portal shows it.", members)
            : ValidationResult.Success;
    }
}
