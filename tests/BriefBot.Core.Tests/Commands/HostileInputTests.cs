using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Handlers;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefBot.Core.Tests.Commands;

/// <summary>Issue 17, bad user input: what a reply may quote of what the user typed.</summary>
public class HostileInputTests
{
    private static readonly CommandContext User = new("test", "chat-1", "user-1", ChatKind.Private, IsChatAdmin: true, IsBotAdmin: false);

    private static CommandRouter Router()
    {
        var holder = new SnapshotHolder();
        holder.Swap(SampleCorpus.Build());
        return new CommandRouter(
            [
                new EntityCommandHandler(EntityKind.Actor, holder),
                new EntityCommandHandler(EntityKind.Expert, holder),
                new EntityCommandHandler(EntityKind.Concept, holder),
                new SearchCommandHandler(holder),
                new ReadingCommandHandler(holder),
                new SourcesCommandHandler(holder),
            ],
            NullLogger<CommandRouter>.Instance);
    }

    internal static async Task<(Reply Reply, string Text)> Ask(string line)
    {
        var reply = await Router().HandleAsync(line, User, CancellationToken.None);
        return (reply, PlainTextRenderer.Render(reply));
    }

    internal static IEnumerable<string> AllText(Reply reply) =>
        new[] { PlainTextRenderer.Render(reply) }.Concat(reply.Buttons.SelectMany(b => new[] { b.Label, b.Command }));

    public static TheoryData<string> EscapesAndControls => new()
    {
        "/actor \u001b[31mRus\u0007sia\u001b[0m",
        "/actor \u001b]0;pwned\u0007Narnia",
        "/concept hydro\u0000politics\u0008\u0008\u0008xx",
        "/search \u009b2Jreservoir\u0085releases",
        "/reading \u001bPq#0;2;0;0;0\u001b\\Solberg",
        "/ac\u001b[2Jtor Kenya",
        "/act\u0007or\u001b[1;1H Kenya",
        "/nosuch\u000b\u000c\u001b[?1049h",
        "/actor Nar\u202enia\u2066",
    };

    [Theory]
    [MemberData(nameof(EscapesAndControls))]
    public async Task Replies_ThatQuoteInput_NeverCarryControlCharactersOrTerminalEscapes(string line)
    {
        var (reply, _) = await Ask(line);

        foreach (var text in AllText(reply))
        {
            Assert.DoesNotContain(text, c => (char.IsControl(c) && c != '\n') || c is '\u202e' or '\u2066');
            Assert.DoesNotContain("[2J", text, StringComparison.Ordinal);
            Assert.DoesNotContain("]0;", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnEscapeInAName_IsDroppedBeforeMatching_SoTheNameStillMatches()
    {
        var (reply, text) = await Ask("/actor \u001b[1mKen\u0000ya\u001b[0m");

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.StartsWith("Kenya", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCommandOfAHundredThousandCharacters_IsQuotedOnlyInPart()
    {
        var (reply, text) = await Ask("/" + new string('x', 100_000));

        Assert.Equal(ReplyStatus.BadInput, reply.Status);
        Assert.True(text.Length < 300, $"the reply is {text.Length} characters");
        Assert.Contains("/" + new string('x', 40), text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArgumentOverTheLimit_IsRefused_WithoutBeingEchoed()
    {
        var (reply, text) = await Ask("/actor " + new string('y', 100_000));

        Assert.Equal(ReplyStatus.BadInput, reply.Status);
        Assert.Contains("200 characters", text, StringComparison.Ordinal);
        Assert.DoesNotContain("yyyy", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/actor ")]
    [InlineData("/concept ")]
    [InlineData("/search ")]
    [InlineData("/reading ")]
    public async Task AnArgumentUnderTheLimit_IsQuotedOnlyInPart_WhenItIsLong(string command)
    {
        var argument = string.Join(' ', Enumerable.Repeat("qqqqqqq", 24)); // 191 characters, matches nothing
        var (_, text) = await Ask(command + argument);

        Assert.DoesNotContain(argument, text, StringComparison.Ordinal);
        Assert.Contains("qqqqqqq qqqqqqq", text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
        Assert.True(text.Length < 600, $"the reply is {text.Length} characters");
    }
}
