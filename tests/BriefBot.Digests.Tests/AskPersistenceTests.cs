using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Digests.Tests.Fakes;
using BriefBot.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Digests.Tests;

/// <summary>Like two <c>ask</c> runs: each builds the host's graph without starting it and answers one line through the router.</summary>
public sealed class AskPersistenceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefbot-ask-" + Guid.NewGuid().ToString("N"));
    private static readonly CommandContext Console = new("console", "console", "console", ChatKind.Private, IsChatAdmin: true, IsBotAdmin: true);

    [Fact]
    public async Task Subscription_MadeInOneProcess_IsShownByTheNext_WithItsNextDeliveryInItsZone()
    {
        var subscribed = await AskAsync("/subscribe Deterrence at 07:30 in Asia/Karachi");
        Assert.Equal(ReplyStatus.Ok, subscribed.Status);

        var shown = await AskAsync("/subscriptions");

        Assert.Equal(ReplyStatus.Ok, shown.Status);
        var text = FlatText.Of(shown);
        Assert.Contains("Deterrence", text, StringComparison.Ordinal);
        Assert.Contains("07:30 Asia/Karachi", text, StringComparison.Ordinal);
        Assert.Contains("(UTC+05:00)", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "data", "briefbot.db")));
    }

    [Fact]
    public async Task Digest_PreviewThroughTheRouter_ShowsReadingsOnTheTopics()
    {
        await AskAsync("/subscribe Hedging");

        var preview = await AskAsync("/digest");

        Assert.Equal(ReplyStatus.Ok, preview.Status);
        Assert.Contains("Small States Hedge", FlatText.Of(preview), StringComparison.Ordinal);
    }

    private async Task<Reply> AskAsync(string line)
    {
        var builder = BriefBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "data", "briefbot.db")}",
            ["Content:Path"] = Path.Combine(_folder, "no-content"),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        using var host = builder.Build();
        host.Services.GetRequiredService<SnapshotHolder>().Swap(TestCorpus.Standard());
        return await host.Services.GetRequiredService<ICommandRouter>().HandleAsync(line, Console, CancellationToken.None);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
