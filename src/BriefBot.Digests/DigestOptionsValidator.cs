using BriefBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace BriefBot.Digests;

/// <summary>Checks what DataAnnotations cannot: the default time parses and the default zone exists.</summary>
internal sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        var failures = new List<string>();
        if (!SubscribeArguments.TryParseTime(options.DefaultTime, out _))
        {
            failures.Add($"Digest:DefaultTime \"{options.DefaultTime}\" is not a 24-hour HH:MM time, e.g. 08:00.");
        }

        if (!TimeZoneLookup.TryFind(options.DefaultTimeZone, out _))
        {
            failures.Add($"Digest:DefaultTimeZone \"{options.DefaultTimeZone}\" is not a known IANA time zone, e.g. Europe/Berlin or UTC.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
