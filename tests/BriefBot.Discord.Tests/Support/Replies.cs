using BriefBot.Core.Replies;

namespace BriefBot.Discord.Tests.Support;

/// <summary>Handmade replies shaped like briefings.</summary>
public static class Replies
{
    public static Reply Briefing(string title, string body, params ReplySection[] sections) =>
        new(ReplyStatus.Ok, title, [new Paragraph([new Span(body)])], sections, ["Article one", "Article two"], []);

    public static ReplySection Section(string heading, params string[] bullets) =>
        new(heading, [new BulletList(bullets.Select(b => (IReadOnlyList<Span>)[new Span(b)]).ToList())]);

    public static Reply Choices(string text, params (string Label, string Command)[] buttons) =>
        new(ReplyStatus.Ambiguous, null, [new Paragraph([new Span(text)])], [], [], buttons.Select(b => new ReplyButton(b.Label, b.Command)).ToList());
}
