namespace BriefBot.Discord.Rendering;

/// <summary>A message body for POST /channels/{id}/messages, interaction callbacks, webhook edits and follow-ups.</summary>
internal sealed record DiscordMessage(
    string? Content,
    IReadOnlyList<Embed>? Embeds,
    IReadOnlyList<ActionRow>? Components)
{
    /// <summary>Always present and empty: nothing in a reply (article text, user input) may ping anyone.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>Set for channel posts only: the same nonce within a few minutes returns the first message.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }

    /// <summary>64 = ephemeral (only the person who asked sees it).</summary>
    public int? Flags { get; init; }

    /// <summary>
    /// For edits (PATCH, callback type 7): Discord keeps whatever an edit leaves out, so content, embeds and buttons
    /// the new message lacks are sent empty to clear the old ones.
    /// </summary>
    public DiscordMessage AsReplacement() => this with { Content = Content ?? string.Empty, Embeds = Embeds ?? [], Components = Components ?? [] };
}

internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static readonly AllowedMentions None = new([]);
}

internal sealed record Embed(string? Title, string? Description, IReadOnlyList<EmbedField>? Fields, EmbedFooter? Footer, int? Color)
{
    /// <summary>What counts towards Discord's 6,000-character limit across a message's embeds.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Size =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Text.Length ?? 0)
        + (Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}

internal sealed record EmbedField(string Name, string Value, bool Inline = false);

internal sealed record EmbedFooter(string Text);

internal sealed record ActionRow(IReadOnlyList<Button> Components)
{
    public int Type => 1;
}

/// <param name="Style">1 primary, 2 secondary.</param>
internal sealed record Button(string Label, string CustomId, int Style)
{
    public int Type => 2;
}
