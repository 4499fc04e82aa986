using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Handlers;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefBot.Core.Tests.Commands;

public class CommandRouterTests
{
    private static readonly CommandContext User = new("test", "chat-1", "user-1", ChatKind.Private, IsChatAdmin: true, IsBotAdmin: false);

    private readonly CommandRouter _router;

    public CommandRouterTests()
    {
        var holder = new SnapshotHolder();
        holder.Swap(SampleCorpus.Build());
        ICommandHandler[] handlers =
        [
            new EntityCommandHandler(EntityKind.Actor, holder),
            new EntityCommandHandler(EntityKind.Expert, holder),
            new EntityCommandHandler(EntityKind.Concept, holder),
            new SearchCommandHandler(holder),
            new ReadingCommandHandler(holder),
            new SourcesCommandHandler(holder),
            new AdminOnlyHandler(),
        ];
        _router = new CommandRouter(handlers, NullLogger<CommandRouter>.Instance);
    }

    private async Task<(Reply Reply, string Text)> Ask(string line, CommandContext? context = null)
    {
        var reply = await _router.HandleAsync(line, context ?? User, CancellationToken.None);
        return (reply, PlainTextRenderer.Render(reply));
    }

    [Fact]
    public async Task Actor_AnswersBriefing_CaseInsensitiveCommandName()
    {
        var (reply, text) = await Ask("/ACTOR   kenya");

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.StartsWith("Kenya\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actor_WithoutArgument_ListsKnownActors()
    {
        var (_, text) = await Ask("/actor");

        Assert.Contains("Actors I know (4)", text, StringComparison.Ordinal);
        Assert.Contains("Northern Water Forum", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expert_Ambiguous_OffersButtonsThatRunTheBriefing()
    {
        var holder = new SnapshotHolder();
        holder.Swap(new CorpusBuilder().Article("a", "A", ["Anna Berg and Lars Berg disagree about almost everything in the region."]).Expert("Anna Berg").Expert("Lars Berg").Build());
        var router = new CommandRouter([new EntityCommandHandler(EntityKind.Expert, holder)], NullLogger<CommandRouter>.Instance);

        var reply = await router.HandleAsync("/expert berg", User, CancellationToken.None);

        Assert.Equal(ReplyStatus.Ambiguous, reply.Status);
        Assert.Equal(["/expert Anna Berg", "/expert Lars Berg"], reply.Buttons.Select(b => b.Command).Order());
        var chosen = await router.HandleAsync(reply.Buttons[0].Command, User, CancellationToken.None);
        Assert.Equal(ReplyStatus.Ok, chosen.Status);
    }

    [Fact]
    public async Task Concept_Unknown_SuggestsNearest()
    {
        var (reply, text) = await Ask("/concept hydro politics");

        Assert.Equal(ReplyStatus.NotFound, reply.Status);
        Assert.Contains("I don't know a concept called “hydro politics”", text, StringComparison.Ordinal);
        Assert.Contains(reply.Buttons, b => b.Command == "/concept hydro-diplomacy");
    }

    [Fact]
    public async Task Search_ListsSentencesWithTheirArticles()
    {
        var (reply, text) = await Ask("/search reservoir releases");

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.Contains("Kenya and Uganda quarrel over the timing of releases from the reservoir.", text, StringComparison.Ordinal);
        Assert.Contains("Dam politics in the highlands", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_ForAnExpert_ListsTheirWorksWithCitingArticle()
    {
        var (_, text) = await Ask("/reading solberg");

        Assert.Contains("4 March 2021 — “Rivers that bind” — Ingrid Solberg (cited in River talks and the upstream bargain)", text, StringComparison.Ordinal);
        Assert.Contains("“Dams and diplomacy”", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_OnAWidelyCitedTopic_ShowsTenWorks_AndOnlyTheirArticlesAsSources()
    {
        var builder = new CorpusBuilder().Actor("Norway");
        for (var i = 1; i <= 14; i++)
        {
            builder.Article($"a{i}", $"Article {i:00}", [$"Norway came up again in piece {i}."])
                .Reading($"Work {i:00}", "Ingrid Solberg", new DateOnly(2000 + i, 1, 1), $"a{i}", "Norway");
        }

        var holder = new SnapshotHolder();
        holder.Swap(builder.Build());
        var handler = new ReadingCommandHandler(holder);
        var request = new CommandRequest("reading", "Norway", User);

        var reply = await handler.HandleAsync(request, CancellationToken.None);
        var again = await handler.HandleAsync(request, CancellationToken.None);

        var text = PlainTextRenderer.Render(reply);
        Assert.Contains("and 4 more", text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(5, 10).Reverse().Select(i => $"Article {i:00}"), reply.Sources); // newest works first
        Assert.Same(reply, again);
    }

    [Fact]
    public async Task Sources_ListsArticles()
    {
        var (_, text) = await Ask("/sources");

        Assert.Contains("Articles (2)", text, StringComparison.Ordinal);
        Assert.Contains("Dam politics in the highlands", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_PointsToHelp_WithNearestCommand()
    {
        var (reply, text) = await Ask("/actr Kenya");

        Assert.Equal(ReplyStatus.BadInput, reply.Status);
        Assert.Contains("Did you mean /actor?", text, StringComparison.Ordinal);
        Assert.Contains("/help", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongArgument_IsRefusedPolitely()
    {
        var (reply, text) = await Ask("/search " + new string('x', 201));

        Assert.Equal(ReplyStatus.BadInput, reply.Status);
        Assert.Contains("under 200 characters", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCommand_IsRefused_ForNonAdmin_AndRuns_ForAdmin()
    {
        Assert.Equal(ReplyStatus.Refused, (await Ask("/secret")).Reply.Status);
        Assert.Equal(ReplyStatus.Ok, (await Ask("/secret", User with { IsBotAdmin = true })).Reply.Status);
    }

    [Fact]
    public async Task PlainText_GetsAPointerToCommands()
    {
        var (reply, text) = await Ask("hello there");

        Assert.Equal(ReplyStatus.BadInput, reply.Status);
        Assert.Contains("/help", text, StringComparison.Ordinal);
    }

    private sealed class AdminOnlyHandler : ICommandHandler
    {
        public string Name => "secret";

        public string Description => "admin only";

        public CommandArgument Argument => CommandArgument.None;

        public bool AdminOnly => true;

        public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(Reply.Text(ReplyStatus.Ok, "done"));
    }
}
