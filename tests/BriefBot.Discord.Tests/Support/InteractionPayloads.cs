namespace BriefBot.Discord.Tests.Support;

/// <summary>INTERACTION_CREATE payloads shaped like Discord's.</summary>
public static class InteractionPayloads
{
    public const string GuildId = "700000000000000001";
    public const string ChannelId = "600000000000000001";
    public const string UserId = "500000000000000001";

    /// <param name="permissions">The member's permissions as Discord sends them (a decimal string); null for a DM.</param>
    public static object SlashCommand(string id, string name, string? argument = null, string? permissions = "0", string optionName = "name") =>
        Payload(id, 2, new
        {
            id = "400000000000000001",
            name,
            type = 1,
            options = argument is null ? null : new[] { new { name = optionName, type = 3, value = argument } },
        }, permissions);

    /// <summary>A slash command with one attachment option, the file in <c>data.resolved.attachments</c>.</summary>
    public static object SlashCommandWithAttachment(string id, string name, string attachmentId, string fileName, string url, long size) =>
        Payload(id, 2, new
        {
            id = "400000000000000001",
            name,
            type = 1,
            options = new[] { new { name = "file", type = 11, value = attachmentId } },
            resolved = new
            {
                attachments = new Dictionary<string, object>
                {
                    [attachmentId] = new { id = attachmentId, filename = fileName, size, url, proxy_url = url, content_type = "text/markdown" },
                },
            },
        }, "0");

    public static object Autocomplete(string id, string name, string typed) =>
        Payload(id, 4, new
        {
            id = "400000000000000001",
            name,
            type = 1,
            options = new[] { new { name = "name", type = 3, value = typed, focused = true } },
        }, "0");

    public static object ButtonPress(string id, string customId) =>
        Payload(id, 3, new { custom_id = customId, component_type = 2 }, "0");

    public static string TokenOf(string id) => "interaction-token-" + id;

    private static object Payload(string id, int type, object data, string? permissions)
    {
        var user = new { id = UserId, username = "reader", global_name = "A Reader" };
        return permissions is null
            ? (object)new { id, application_id = DiscordHarness.ApplicationId, type, data, channel_id = ChannelId, user, token = TokenOf(id), version = 1 }
            : new
            {
                id,
                application_id = DiscordHarness.ApplicationId,
                type,
                data,
                guild_id = GuildId,
                channel_id = ChannelId,
                member = new { user, permissions, roles = Array.Empty<string>() },
                token = TokenOf(id),
                version = 1,
            };
    }
}
