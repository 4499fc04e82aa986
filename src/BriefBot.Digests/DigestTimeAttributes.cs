using System.ComponentModel.DataAnnotations;
using System.Globalization;
using BriefBot.Core.Subscriptions;

namespace BriefBot.Digests;

/// <summary>A text option checked by a parser; <c>{0}</c> in the message is the value that failed (not the key, as usual).</summary>
internal abstract class ParsedTextAttribute : ValidationAttribute
{
    protected abstract bool Accepts(string text);

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string text && Accepts(text)
            ? ValidationResult.Success
            : new ValidationResult(
                string.Format(CultureInfo.InvariantCulture, ErrorMessageString, value),
                validationContext.MemberName is { } member ? [member] : null);
}

/// <summary>A 24-hour HH:MM time, as <c>/subscribe … at</c> reads it.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TimeOfDayAttribute : ParsedTextAttribute
{
    protected override bool Accepts(string text) => SubscribeArguments.TryParseTime(text, out _);
}

/// <summary>An IANA time zone this machine knows.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class IanaTimeZoneAttribute : ParsedTextAttribute
{
    protected override bool Accepts(string text) => TimeZoneLookup.TryFind(text, out _);
}
