namespace BriefBot.Core.Replies;

/// <summary>
/// A platform-neutral answer. Adapters render it (HTML for Telegram, an embed for Discord, plain text on the console);
/// they never build briefing text themselves.
/// </summary>
/// <param name="Title">Bold heading: the entity's name, or what the answer is about.</param>
/// <param name="Body">The main text.</param>
/// <param name="Sections">Named parts ("Related", "Further reading") that Discord shows as fields.</param>
/// <param name="Sources">Titles of the articles the answer came from (a footer).</param>
/// <param name="Buttons">Choices the user can press, each carrying the command it runs.</param>
public sealed record Reply(
    ReplyStatus Status,
    string? Title,
    IReadOnlyList<Block> Body,
    IReadOnlyList<ReplySection> Sections,
    IReadOnlyList<string> Sources,
    IReadOnlyList<ReplyButton> Buttons)
{
    public static Reply Text(ReplyStatus status, string text) =>
        new(status, null, [new Paragraph([new Span(text)])], [], [], []);
}

public enum ReplyStatus
{
    Ok,
    /// <summary>Nothing matched; the reply carries suggestions.</summary>
    NotFound,
    /// <summary>Several things matched; the reply carries buttons.</summary>
    Ambiguous,
    /// <summary>The input was wrong; the reply says how.</summary>
    BadInput,
    /// <summary>The user may not do this.</summary>
    Refused,
    /// <summary>The user is sending too fast.</summary>
    RateLimited,
    /// <summary>Something failed on our side.</summary>
    Failed,
    /// <summary>
    /// Still sending too fast and told so already: a platform that can stay silent sends nothing (Discord must answer
    /// every interaction, so it shows the text to the asker alone).
    /// </summary>
    Silenced,
}

public sealed record ReplySection(string Heading, IReadOnlyList<Block> Blocks);

/// <summary>A button; pressing it runs <see cref="Command"/> (e.g. "/actor Russia") as if typed.</summary>
public sealed record ReplyButton(string Label, string Command);
