using System.Globalization;
using System.Text.Json;

namespace BriefBot.Discord.Interactions;

/// <summary>The parts of an INTERACTION_CREATE we use.</summary>
internal sealed record InteractionPayload(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    string? GuildId,
    string? ChannelId,
    InteractionMember? Member,
    DiscordUser? User,
    InteractionData? Data)
{
    public const int Command = 2;
    public const int Component = 3;
    public const int Autocomplete = 4;

    public DiscordUser? Invoker => Member?.User ?? User;

    public static InteractionPayload Parse(JsonElement data) =>
        data.Deserialize<InteractionPayload>(DiscordJson.Options)
        ?? throw new JsonException("INTERACTION_CREATE without data");
}

/// <param name="Permissions">The member's permissions in the channel, a decimal bit set.</param>
internal sealed record InteractionMember(DiscordUser? User, string? Permissions)
{
    private const ulong Administrator = 1UL << 3;
    private const ulong ManageChannels = 1UL << 4;

    public bool CanManageChannels =>
        ulong.TryParse(Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
        && (bits & (Administrator | ManageChannels)) != 0;
}

internal sealed record DiscordUser(string Id, string? Username, string? GlobalName);

internal sealed record InteractionData(string? Name, IReadOnlyList<InteractionOption>? Options, string? CustomId, InteractionResolved? Resolved = null)
{
    /// <summary>The file given for an attachment option, from the interaction's resolved attachments.</summary>
    public DiscordAttachment? Attachment =>
        Options?.FirstOrDefault(o => o.Type == CommandRegistrar.AttachmentOption) is { } option &&
        Resolved?.Attachments is { } attachments &&
        attachments.TryGetValue(option.Text, out var attachment)
            ? attachment
            : null;
}

internal sealed record InteractionResolved(IReadOnlyDictionary<string, DiscordAttachment>? Attachments);

/// <summary>A file uploaded with a command: Discord hosts it on its CDN at <paramref name="Url"/>.</summary>
internal sealed record DiscordAttachment(string Id, string Filename, long Size, string Url, string? ContentType);

internal sealed record InteractionOption(string Name, int Type, JsonElement? Value, bool? Focused, IReadOnlyList<InteractionOption>? Options)
{
    public string Text => Value is { ValueKind: JsonValueKind.String } value
        ? value.GetString() ?? string.Empty
        : Value?.ToString() ?? string.Empty;
}
