using BriefBot.Content;
using BriefBot.Digests;
using BriefBot.Discord.Configuration;
using BriefBot.Operations;
using BriefBot.Storage;
using BriefBot.Telegram.Options;
using Microsoft.Extensions.Configuration;

namespace BriefBot.Tests.Container;

/// <summary>Whether an environment variable names a setting the bot reads: bound against the options class of its section.</summary>
internal static class AppSettingKeys
{
    /// <summary>Read by the host itself, outside any options class.</summary>
    private static readonly HashSet<string> HostKeys = new(StringComparer.Ordinal) { "DOTNET_ENVIRONMENT" };

    private static readonly Dictionary<string, Type> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        [TelegramOptions.Section] = typeof(TelegramOptions),
        [DiscordOptions.Section] = typeof(DiscordOptions),
        [StorageOptions.Section] = typeof(StorageOptions),
        [ContentOptions.Section] = typeof(ContentOptions),
        [DigestOptions.Section] = typeof(DigestOptions),
        [HttpOptions.Section] = typeof(HttpOptions),
    };

    /// <returns>Null when the bot reads <paramref name="variable"/>; otherwise why not.</returns>
    public static string? Problem(string variable, string value)
    {
        if (HostKeys.Contains(variable))
        {
            return null;
        }

        var key = variable.Replace("__", ":", StringComparison.Ordinal);
        var section = key.Split(':')[0];
        if (!Sections.TryGetValue(section, out var type))
        {
            return $"{variable}: no options class reads the section '{section}'";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();
        try
        {
            configuration.GetSection(section).Get(type, o => o.ErrorOnUnknownConfiguration = true);
            return null;
        }
        catch (InvalidOperationException ex)
        {
            return $"{variable}: {ex.Message}";
        }
    }
}
