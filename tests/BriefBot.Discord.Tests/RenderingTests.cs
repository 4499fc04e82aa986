using BriefBot.Core.Replies;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Rendering;

namespace BriefBot.Discord.Tests;

public sealed class RenderingTests
{
    private readonly ReplyRenderer _renderer = new(new ButtonCommandStore());

    [Fact]
    public void RawText_IsEscaped_SoItCannotBecomeMarkup()
    {
        var reply = Reply.Text(ReplyStatus.Ok, "*not bold* _x_ `code` <@123> [link](http://e.com) # h");

        var message = Assert.Single(_renderer.Render(reply));

        Assert.Equal(@"\*not bold\* \_x\_ \`code\` \<@123\> \[link\](http://e.com) \# h", message.Content);
    }

    [Fact]
    public void Spans_RenderStylesAndLinks()
    {
        var reply = new Reply(ReplyStatus.Ok, null,
            [new Paragraph([new Span("Bold", SpanStyle.Bold), new Span(" and "), new Span("it", SpanStyle.Italic), new Span(" "), new Span("read", Url: "https://example.org/a_(b)")])],
            [], [], []);

        var message = Assert.Single(_renderer.Render(reply));

        Assert.Equal("**Bold** and *it* [read](https://example.org/a_(b%29)", message.Content);
    }

    [Fact]
    public void StyleMarkers_TouchTheText_WithSpacesOutside()
    {
        var reply = new Reply(ReplyStatus.Ok, null, [new Paragraph([new Span("Actors: ", SpanStyle.Bold), new Span("France"), new Span(" note", SpanStyle.Italic)])], [], [], []);

        var message = Assert.Single(_renderer.Render(reply));

        Assert.Equal("**Actors:** France *note*", message.Content);
    }

    [Fact]
    public void LongPlainText_SplitsAtParagraphs_Within2000()
    {
        var paragraphs = Enumerable.Range(1, 5).Select(i => (Block)new Paragraph([new Span(new string((char)('a' + i), 900))])).ToList();

        var messages = _renderer.Render(new Reply(ReplyStatus.Ok, null, paragraphs, [], [], []));

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.InRange(m.Content!.Length, 1, 2000));
        Assert.Equal(5 * 900, messages.Sum(m => m.Content!.Replace("\n", string.Empty, StringComparison.Ordinal).Length));
    }

    [Fact]
    public void Briefing_StaysWithinEmbedLimits_AndKeepsEverySection()
    {
        var sections = Enumerable.Range(1, 30)
            .Select(i => new ReplySection($"Part {i}", [new Paragraph([new Span(string.Join(' ', Enumerable.Repeat("text", 300)))])]))
            .ToList();
        var reply = new Reply(ReplyStatus.Ok, new string('T', 300), [new Paragraph([new Span(new string('b', 5000))])], sections, ["S"], []);

        var messages = _renderer.Render(reply);

        var embeds = messages.SelectMany(m => m.Embeds!).ToList();
        Assert.All(messages, m => Assert.InRange(m.Embeds!.Count, 1, 10));
        Assert.All(messages, m => Assert.InRange(m.Embeds!.Sum(e => e.Size), 1, 6000));
        Assert.All(embeds, e => Assert.InRange(e.Fields?.Count ?? 0, 0, 25));
        Assert.All(embeds.SelectMany(e => e.Fields ?? []), f => Assert.InRange(f.Value.Length, 1, 1024));
        Assert.Equal(256, embeds[0].Title!.Length);
        Assert.Equal(4096, embeds[0].Description!.Length);
        Assert.Equal(30, embeds.SelectMany(e => e.Fields ?? []).Count(f => !f.Name.EndsWith("(continued)", StringComparison.Ordinal)));
        Assert.Equal("Sources: S", embeds[^1].Footer!.Text);
        Assert.All(messages, m => Assert.Empty(m.AllowedMentions.Parse));
    }

    [Fact]
    public void Buttons_GoOnTheLastMessage_FiveToARow_AtMost25()
    {
        var buttons = Enumerable.Range(1, 30).Select(i => new ReplyButton($"Choice {i}", $"/actor {i}")).ToList();

        var message = Assert.Single(_renderer.Render(new Reply(ReplyStatus.Ambiguous, null, [new Paragraph([new Span("Which?")])], [], [], buttons)));

        Assert.Equal(5, message.Components!.Count);
        Assert.All(message.Components, row => Assert.Equal(5, row.Components.Count));
    }
}
