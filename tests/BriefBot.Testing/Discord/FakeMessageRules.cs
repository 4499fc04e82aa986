using System.Text.Json;

namespace BriefBot.Testing.Discord;

/// <summary>Discord's checks on a message body, answered as Discord does: 400 "Invalid Form Body".</summary>
internal static class FakeMessageRules
{
    /// <returns>What is wrong, or null.</returns>
    public static string? Check(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            return "body is not an object";
        }

        var content = Text(message, "content");
        if (content.Length > 2000)
        {
            return "content: Must be 2000 or fewer in length.";
        }

        var embeds = message.TryGetProperty("embeds", out var e) && e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().ToList() : [];
        var components = message.TryGetProperty("components", out var c) && c.ValueKind == JsonValueKind.Array ? c.GetArrayLength() : 0;
        if (content.Length == 0 && embeds.Count == 0 && components == 0)
        {
            return "Cannot send an empty message";
        }

        if (embeds.Count > 10)
        {
            return "embeds: Must be 10 or fewer in length.";
        }

        var total = 0;
        foreach (var embed in embeds)
        {
            var error = CheckEmbed(embed, ref total);
            if (error is not null)
            {
                return error;
            }
        }

        if (total > 6000)
        {
            return "embeds: Embed size exceeds maximum size of 6000";
        }

        if (message.TryGetProperty("nonce", out var nonce) && nonce.ValueKind == JsonValueKind.String && nonce.GetString()!.Length > 25)
        {
            return "nonce: Must be 25 or fewer in length.";
        }

        return CheckComponents(message);
    }

    private static string? CheckEmbed(JsonElement embed, ref int total)
    {
        var title = Text(embed, "title");
        var description = Text(embed, "description");
        if (title.Length > 256)
        {
            return "embeds.title: Must be 256 or fewer in length.";
        }

        if (description.Length > 4096)
        {
            return "embeds.description: Must be 4096 or fewer in length.";
        }

        total += title.Length + description.Length;
        if (embed.TryGetProperty("footer", out var footer))
        {
            var text = Text(footer, "text");
            if (text.Length > 2048)
            {
                return "embeds.footer.text: Must be 2048 or fewer in length.";
            }

            total += text.Length;
        }

        if (embed.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array)
        {
            if (fields.GetArrayLength() > 25)
            {
                return "embeds.fields: Must be 25 or fewer in length.";
            }

            foreach (var field in fields.EnumerateArray())
            {
                var name = Text(field, "name");
                var value = Text(field, "value");
                if (name.Length is 0 or > 256 || value.Length is 0 or > 1024)
                {
                    return "embeds.fields: name must be 1-256 and value 1-1024 in length.";
                }

                total += name.Length + value.Length;
            }
        }

        return null;
    }

    private static string? CheckComponents(JsonElement message)
    {
        if (!message.TryGetProperty("components", out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        if (rows.GetArrayLength() > 5)
        {
            return "components: Must be 5 or fewer in length.";
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.EnumerateArray())
        {
            var buttons = row.GetProperty("components");
            if (row.GetProperty("type").GetInt32() != 1 || buttons.GetArrayLength() > 5)
            {
                return "components: an action row holds at most 5 buttons.";
            }

            foreach (var button in buttons.EnumerateArray())
            {
                var id = Text(button, "custom_id");
                if (id.Length is 0 or > 100 || !ids.Add(id) || Text(button, "label").Length > 80)
                {
                    return "components: custom_id must be unique and 1-100 long, label at most 80.";
                }
            }
        }

        return null;
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
