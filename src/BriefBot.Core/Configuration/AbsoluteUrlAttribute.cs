using System.ComponentModel.DataAnnotations;

namespace BriefBot.Core.Configuration;

/// <summary>An option holding an absolute address in one of <paramref name="schemes"/> (null or empty passes: pair with [Required] where it must be set).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AbsoluteUrlAttribute(params string[] schemes) : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is null or ""
        || (value is string text && Uri.TryCreate(text, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase));
}
