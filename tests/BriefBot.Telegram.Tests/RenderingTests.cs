using BriefBot.Core.Replies;
using BriefBot.Telegram.Rendering;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;

namespace BriefBot.Telegram.Tests;

public sealed class RenderingTests
{
    private static readonly TelegramReplyRenderer Renderer = new(new CallbackCommands());

    [Fact]
    public async Task HostileArticleText_IsShownLiterally_AndNeverBreaksTheMessage()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        bot.Router.Respond = (_, _) => new Reply(
            ReplyStatus.Ok,
            "AT&T <b>Holdings</b>",
            [new Paragraph([new Span("Quote: <script>alert('x')</script> & more > less. "), new Span("R&D", SpanStyle.Bold)])],
            [new ReplySection("Related <i>", [new BulletList([[new Span("A < B")], [new Span("C&D", Url: "https://example.org/?a=1&b=\"2\"")]])])],
            ["Title with <tags> & ampersands"],
            []);

        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor x");
        var message = (await server.WaitForMessagesAsync(Users.Alice.Id)).Single();

        var visible = TelegramHtml.TryParse(message.Text, out var error);
        Assert.Null(error);
        Assert.Contains("AT&T <b>Holdings</b>", visible, StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script> & more > less.", visible, StringComparison.Ordinal);
        Assert.Contains("Related <i>", visible, StringComparison.Ordinal);
        Assert.Contains("• A < B", visible, StringComparison.Ordinal);
        Assert.Contains("Title with <tags> & ampersands", visible, StringComparison.Ordinal);
        Assert.StartsWith("<b>AT&amp;T &lt;b&gt;Holdings&lt;/b&gt;</b>", message.Text, StringComparison.Ordinal);
        Assert.Contains("<b>R&amp;D</b>", message.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">C&amp;D</a>", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_IsLaidOut_TitleBodySectionsAndACompactSourceList()
    {
        var reply = new Reply(
            ReplyStatus.Ok,
            "Freedonia",
            [new Paragraph([new Span("A small state. "), new Span("Coastal", SpanStyle.Italic), new Span(".")])],
            [new ReplySection("Related", [new BulletList([[new Span("Sylvania")], [new Span("Marsovia")]])])],
            ["First article", "Second article"],
            []);

        var rendered = Renderer.Render(reply);

        Assert.Equal(
            "<b>Freedonia</b>\n\nA small state. <i>Coastal</i>.\n\n<b>Related</b>\n• Sylvania\n• Marsovia\n\n<i>Sources: First article · Second article</i>",
            Assert.Single(rendered.Parts));
        Assert.Null(rendered.Keyboard);
    }

    [Fact]
    public async Task LongReply_IsSplitOnParagraphs_IntoValidPartsThatArriveInOrder()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server);
        var paragraphs = Enumerable.Range(1, 30)
            .Select(i => new Paragraph([new Span($"Paragraph {i:00} <&> "), new Span(new string('x', 200) + ". ", SpanStyle.Bold)]))
            .ToList<Block>();
        bot.Router.Respond = (_, _) => new Reply(ReplyStatus.Ok, "Long", paragraphs, [], [], [new ReplyButton("More", "/search more")]);

        server.EnqueueMessage(Users.AlicePrivate, Users.Alice, "/actor long");
        var first = await server.WaitForMessagesAsync(Users.Alice.Id);
        var expectedParts = Renderer.Render(bot.Router.Respond("", null!)).Parts.Count;
        var sent = await server.WaitForMessagesAsync(Users.Alice.Id, expectedParts);

        Assert.True(sent.Count >= 2);
        var visible = sent.Select(m => TelegramHtml.TryParse(m.Text, out _)!).ToList();
        Assert.All(visible, v => Assert.InRange(v.Length, 1, 4096));
        var all = string.Join("\n\n", visible);
        var positions = Enumerable.Range(1, 30).Select(i => all.IndexOf($"Paragraph {i:00} <&>", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        // Every part starts at a paragraph; the keyboard rides on the last part only.
        Assert.All(visible.Skip(1), v => Assert.StartsWith("Paragraph", v, StringComparison.Ordinal));
        Assert.All(sent.SkipLast(1), m => Assert.Empty(m.Buttons));
        Assert.Single(sent[^1].Buttons);
        Assert.NotNull(first);
    }

    [Fact]
    public void OverlongParagraph_IsSplitBetweenSentences()
    {
        var sentences = Enumerable.Range(1, 60).Select(i => $"Sentence {i:00} says R&D matters {new string('y', 80)}. ");
        var reply = new Reply(ReplyStatus.Ok, null, [new Paragraph([new Span(string.Concat(sentences), SpanStyle.Italic)])], [], [], []);

        var parts = Renderer.Render(reply, maxLength: 1000).Parts;

        Assert.True(parts.Count > 1);
        foreach (var part in parts)
        {
            Assert.True(part.Length <= 1000);
            var visible = TelegramHtml.TryParse(part, out var error);
            Assert.Null(error);
            Assert.StartsWith("Sentence", visible, StringComparison.Ordinal);
            Assert.EndsWith(". ", visible, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OverlongParagraph_EndsASentenceAfterItsMarkAndAnyClosingQuote_NotAfterAStrayBracketOrAnInnerDot()
    {
        string[] sentences =
        [
            "Is the alliance over (as some say?) ",
            "He answered that it was: “not yet.” ",
            "Trade grew by 3.5 per cent (see the annex) and then fell! ",
            "The talks dragged on for many months… ",
            "Then stalled again in the winter of that year.\n",
        ];
        var reply = new Reply(ReplyStatus.Ok, null, [new Paragraph([new Span(string.Concat(sentences))])], [], [], []);

        // No two of them fit in one message, so each part is one sentence.
        var parts = Renderer.Render(reply, maxLength: 60).Parts;

        Assert.Equal(sentences, parts.Select(p => TelegramHtml.TryParse(p, out _)));
    }

    [Fact]
    public void SentenceLongerThanAMessage_IsCutBetweenWords_NeverInsideAnEntityOrATag()
    {
        var words = string.Join(" ", Enumerable.Range(1, 400).Select(i => $"w{i}&<>"));
        var reply = new Reply(ReplyStatus.Ok, null, [new Paragraph([new Span(words, SpanStyle.Bold)])], [], [], []);

        var parts = Renderer.Render(reply, maxLength: 500).Parts;

        Assert.True(parts.Count > 1);
        var visible = parts.Select(p => TelegramHtml.TryParse(p, out _)).ToList();
        Assert.All(parts, p => Assert.True(p.Length <= 500));
        Assert.All(visible, Assert.NotNull);
        Assert.Equal(words, string.Concat(visible));
    }

    [Fact]
    public void ButtonsOnlyReply_StillHasText()
    {
        var reply = new Reply(ReplyStatus.Ambiguous, null, [], [], [], [new ReplyButton("One", "/actor One")]);

        var rendered = Renderer.Render(reply);

        Assert.Equal("Choose one:", Assert.Single(rendered.Parts));
        Assert.NotNull(rendered.Keyboard);
    }
}
