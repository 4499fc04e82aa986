using BriefBot.Testing;
using BriefBot.Core.Knowledge;
using BriefBot.Hosting;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Telegram.Tests;

/// <summary>
/// The whole bot as it ships (BriefBotHost with the real router over the repository's content/),
/// reached on Telegram through the real client and the fake Bot API. Expectations come from the loaded knowledge,
/// never from names written here.
/// </summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private FakeBotApiServer _server = null!;
    private IHost _host = null!;
    private long _nextUser = 5000;

    private KnowledgeSnapshot Knowledge => _host.Services.GetRequiredService<ISnapshotSource>().Current;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        var data = Directory.CreateTempSubdirectory("briefbot-e2e-").FullName;
        var overrides = BotHarness.Settings(_server, data);
        overrides["Content:Path"] = RepoPaths.Content;
        overrides["Storage:ConnectionString"] = $"Data Source={Path.Combine(data, "briefbot.db")}";
        _host = BriefBotHost.CreateBuilder([], overrides).Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Start_PublishesEveryRouterCommandToTelegram_AndAnswersStart()
    {
        var visible = await AskAsync("/start");

        Assert.False(string.IsNullOrWhiteSpace(visible));
        var published = _server.Commands.Select(c => c.Command).ToList();
        Assert.Subset(published.ToHashSet(), new HashSet<string> { "start", "help", "actor", "expert", "concept", "search", "reading", "sources" });
        Assert.All(_server.Commands, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
    }

    [Theory]
    [InlineData(EntityKind.Actor, "actor")]
    [InlineData(EntityKind.Expert, "expert")]
    [InlineData(EntityKind.Concept, "concept")]
    public async Task EntityCommand_AnswersWithTheEntityAsABoldTitle(EntityKind kind, string command)
    {
        var entity = Knowledge.OfKind(kind).OrderByDescending(e => e.Mentions.Count).First();

        var message = await AskRawAsync($"/{command} {entity.Name}");

        Assert.StartsWith("<b>", message.Text, StringComparison.Ordinal);
        var visible = TelegramHtml.TryParse(message.Text, out var error);
        Assert.Null(error);
        Assert.Contains(entity.Name, visible, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sources_ListsTheArticles()
    {
        var visible = await AskAsync("/sources");

        Assert.All(Knowledge.Articles, a => Assert.Contains(a.Title, visible, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_FindsAWordFromAnArticle()
    {
        var word = Knowledge.Articles[0].Paragraphs.SelectMany(p => p.Text.Split(' '))
            .Select(w => new string(w.Where(char.IsLetter).ToArray()))
            .First(w => w.Length >= 8);

        var visible = await AskAsync("/search " + word);

        Assert.Contains(word, visible, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Reading_Answers()
    {
        var visible = await AskAsync("/reading");

        Assert.False(string.IsNullOrWhiteSpace(visible));
    }

    [Fact]
    public async Task UnknownCommand_GetsAHelpfulAnswer_NotSilence()
    {
        var visible = await AskAsync("/nosuchcommand");

        Assert.False(string.IsNullOrWhiteSpace(visible));
    }

    [Fact]
    public async Task GroupCommandForThisBot_IsAnsweredThroughTheRealRouter()
    {
        var group = FakeChat.Group(-100_777);
        _server.EnqueueMessage(group, new FakeUser(++_nextUser, "Member"), "/help@" + _server.BotUsername);
        var sent = await _server.WaitForMessagesAsync(group.Id);

        Assert.NotNull(TelegramHtml.TryParse(sent[0].Text, out _));
        Assert.Contains("/actor", TelegramHtml.TryParse(string.Concat(sent.Select(m => m.Text)), out _), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_FromANonAdmin_IsRefusedPolitely_AndChangesNothing()
    {
        var before = Knowledge;

        var visible = await AskAsync("/reload");

        Assert.Contains("only the bot's admins", visible, StringComparison.Ordinal);
        Assert.Same(before, Knowledge);
    }

    private async Task<string> AskAsync(string command)
    {
        var (messages, _) = await AskAllAsync(command);
        var visible = messages.Select(m => TelegramHtml.TryParse(m.Text, out var error) ?? throw new InvalidOperationException(error)).ToList();
        return string.Join("\n\n", visible);
    }

    private async Task<SentMessage> AskRawAsync(string command) => (await AskAllAsync(command)).Messages[0];

    // Each question comes from a new user in their own private chat, so answers never mix. How many parts to wait for
    // comes from rendering the router's own answer to the same question.
    private async Task<(IReadOnlyList<SentMessage> Messages, long ChatId)> AskAllAsync(string command)
    {
        var user = new FakeUser(Interlocked.Increment(ref _nextUser), "Reader");
        var chatId = user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var context = new BriefBot.Core.Commands.CommandContext("telegram", chatId, chatId, BriefBot.Core.Commands.ChatKind.Private, true, false);
        var expected = await _host.Services.GetRequiredService<BriefBot.Core.Commands.ICommandRouter>().HandleAsync(command, context, CancellationToken.None);
        var parts = _host.Services.GetRequiredService<BriefBot.Telegram.Rendering.TelegramReplyRenderer>().Render(expected).Parts.Count;

        _server.EnqueueMessage(FakeChat.Private(user.Id), user, command);
        var sent = await _server.WaitForMessagesAsync(user.Id, parts);
        return (sent, user.Id);
    }
}
