using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Handlers;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Core.Subscriptions;
using BriefBot.Core.Tests.Support;
using FsCheck.Xunit;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefBot.Core.Tests.Commands;

/// <summary>
/// Issue 17, hostile input: whatever is typed, the parser and the router give a reply or a polite refusal, never an
/// exception, and the reply holds no control character but the line break.
/// </summary>
public class CommandInputProperties
{
    private static readonly CommandContext User = new("test", "chat-1", "user-1", ChatKind.Private, IsChatAdmin: true, IsBotAdmin: false);

    private static readonly CommandRouter Router = BuildRouter();

    private static readonly string[] Commands = ["/actor ", "/expert ", "/concept ", "/search ", "/reading ", "/sources", "/start", "/nosuch ", "/", "//", "/ACTOR", " /actor\t", ""];

    /// <summary>Pieces hostile input is made of: controls, escapes, other scripts, marks, lone surrogates, names that match.</summary>
    private static readonly string[] Pieces =
    [
        "\u0000", "\u0007", "\b", "\t", "\n", "\r", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f", "\u0085", "\u009b", "\u009c",
        "\u001b[31m", "\u001b[2J", "\u001b]0;title\u0007", "\u001bP+q\u001b\\", "\u001b[?1049h", "\u009b6n", "\u001b(B",
        "\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2028", "\u2029",
        "\ud800", "\udc00", "\udbff\udfff", "😀", "👩‍👩‍👧", "é", "e\u0301", "ß", "İ",
        "مرحبا", "שלום", "پاکستان", "日本", "한국", "Россия", "ٱ", "٠٧:٣٠",
        " ", "  ", "\u00a0", "\u3000", "/", "//", "@", "“", "\"", "'", "<b>", "&amp;", "*", "_", "`", "|", "\\",
        "Kenya", "kenya", "hydro", "diplomacy", "Solberg", "reservoir", "at", "in", "all", ",",
        new string('x', 70), new string('y', 199), string.Concat(Enumerable.Repeat("ab ", 40)),
    ];

    private static CommandRouter BuildRouter()
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
                new StartCommandHandler(holder),
            ],
            NullLogger<CommandRouter>.Instance);
    }

    private static string Compose(int command, int[]? picks) =>
        Commands[Math.Abs(command % Commands.Length)] + string.Concat((picks ?? []).Select(p => Pieces[Math.Abs(p % Pieces.Length)]));

    private static void AssertAnswered(string line)
    {
        var reply = Router.HandleAsync(line, User, CancellationToken.None).GetAwaiter().GetResult();

        Assert.NotNull(reply);
        Assert.NotEqual(ReplyStatus.Failed, reply.Status);
        var rendered = PlainTextRenderer.Render(reply);
        Assert.False(string.IsNullOrWhiteSpace(rendered));
        foreach (var text in new[] { rendered, reply.Title ?? string.Empty }.Concat(reply.Buttons.SelectMany(b => new[] { b.Label, b.Command })))
        {
            var bad = text.IndexOfAny([.. Enumerable.Range(0, 0x20).Where(c => c != '\n').Select(c => (char)c), '\u007f', .. Enumerable.Range(0x80, 0x20).Select(c => (char)c)]);
            Assert.True(bad < 0, $"control U+{(bad < 0 ? 0 : text[bad]):X4} at {bad} in the reply to {Escaped(line)}");
        }

        Assert.True(rendered.Length < 4_000, $"a {rendered.Length}-character reply to {Escaped(line)}");
    }

    private static string Escaped(string line) =>
        string.Concat(line.Take(120).Select(c => c < ' ' || char.IsSurrogate(c) || char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    [Property(MaxTest = 300)]
    public void AnyMixOfHostilePieces_AfterAnyCommand_GetsAnAnswer_WithoutControlCharacters(int command, int[] picks)
    {
        AssertAnswered(Compose(command, picks));
    }

    [Property(MaxTest = 300)]
    public void AnyStringAtAll_AfterAnyCommand_GetsAnAnswer_WithoutControlCharacters(int command, string text)
    {
        AssertAnswered(Commands[Math.Abs(command % Commands.Length)] + text);
    }

    [Property(MaxTest = 300)]
    public void TheParser_NeverThrows_AndHandsOnNoControlCharacterOrOuterSpace(int command, int[] picks)
    {
        var parsed = CommandLine.Parse(Compose(command, picks));

        if (parsed is var (name, argument))
        {
            Assert.DoesNotContain(name + argument, char.IsControl);
            Assert.True(IsWellFormed(name + argument), "an unpaired surrogate was handed on");
            Assert.Equal(argument.Trim(), argument);
            Assert.DoesNotContain(name, char.IsWhiteSpace);
        }
    }

    [Property(MaxTest = 300)]
    public void SubscribeArguments_AndTheirTimeAndZone_NeverThrow(int[] picks)
    {
        var arguments = SubscribeArguments.Parse(string.Concat((picks ?? []).Select(p => Pieces[Math.Abs(p % Pieces.Length)])));

        SubscribeArguments.TryParseTime(arguments.Time ?? string.Empty, out _);
        TimeZoneLookup.TryFind(arguments.Zone ?? string.Empty, out _);
        Assert.NotNull(TimeZoneLookup.FindOrUtc(arguments.Zone ?? string.Empty));
    }

    public static TheoryData<string> Extremes => new()
    {
        "/actor " + new string('x', 100_000),
        "/" + new string('x', 100_000),
        "/search " + string.Concat(Enumerable.Repeat("\u001b[31m", 20_000)),
        "/actor " + string.Concat(Enumerable.Repeat("\ud800", 100_000)),
        "/reading " + string.Concat(Enumerable.Repeat("\u200d\u202e", 50_000)),
        new string('/', 100_000),
        "/",
        "//",
        new string(' ', 100_000),
        "\t\r\n\u000b\u000c \u00a0\u3000\u2028",
        string.Empty,
        "/actor " + string.Concat(Enumerable.Repeat("a ", 50_000)),
    };

    [Theory]
    [MemberData(nameof(Extremes))]
    public void ExtremeLines_GetAnAnswer_WithoutControlCharacters(string line)
    {
        AssertAnswered(line);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
