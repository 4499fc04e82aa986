using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Digests.Tests.Fakes;
using BriefBot.Hosting;
using BriefBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Digests.Tests.Faults;

/// <summary>
/// Issue 17: a corrupt database file "stops the bot from starting at all (stack traces, exit 1) — even /actor is
/// unavailable". The whole bot as the host builds it, on a real file that is not a database, and on a database file
/// that cannot be written (immutable, in a writable folder).
/// </summary>
public sealed class UnopenableDatabaseTests : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefbot-corrupt-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ACorruptDatabase_LeavesTheBotAnswering_SaysWhyInStats_AndSubscriptionsWaitPolitely()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "briefbot.db");
        await File.WriteAllBytesAsync(file, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7 % 251)).ToArray());
        var builder = BriefBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={file}",
            ["Content:Path"] = Path.Combine(_folder, "no-content"),
            ["Logging:LogLevel:Default"] = "None",
        });
        using var host = builder.Build();
        host.Services.GetRequiredService<SnapshotHolder>().Swap(TestCorpus.Standard());

        await host.StartAsync();
        try
        {
            var router = host.Services.GetRequiredService<ICommandRouter>();
            var user = new CommandContext("console", "chat-1", "user-1", ChatKind.Private, IsChatAdmin: true, IsBotAdmin: false);
            var admin = user with { IsBotAdmin = true };

            var actor = await router.HandleAsync("/actor Atlantis", user, CancellationToken.None);
            var subscribe = await router.HandleAsync("/subscribe at 08:00", user, CancellationToken.None);
            var stats = PlainTextRenderer.Render(await router.HandleAsync("/stats", admin, CancellationToken.None));

            Assert.Equal(ReplyStatus.Ok, actor.Status);
            Assert.Contains("database cannot be opened", PlainTextRenderer.Render(subscribe), StringComparison.Ordinal);
            Assert.Contains("Database: unavailable", stats, StringComparison.Ordinal);
            Assert.Contains("corrupt", stats, StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task ADatabaseFileThatCannotBeWritten_IsFoundAtStart_SaysWhyInStats_AndSubscriptionsWaitPolitely()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "briefbot.db");
        using (var host = Build(file))
        {
            // A first run creates the database; then the file (not its folder) is made unwritable.
            await host.StartAsync();
            await host.StopAsync();
        }

        SqliteConnection.ClearAllPools();
        ReadOnlyPath.Make(file);
        try
        {
            using var host = Build(file);
            await host.StartAsync();
            try
            {
                var router = host.Services.GetRequiredService<ICommandRouter>();
                var user = new CommandContext("console", "chat-1", "user-1", ChatKind.Private, IsChatAdmin: true, IsBotAdmin: false);
                var admin = user with { IsBotAdmin = true };

                var actor = await router.HandleAsync("/actor Atlantis", user, CancellationToken.None);
                var subscribe = PlainTextRenderer.Render(await router.HandleAsync("/subscribe at 08:00", user, CancellationToken.None));
                var stats = PlainTextRenderer.Render(await router.HandleAsync("/stats", admin, CancellationToken.None));

                Assert.Equal(ReplyStatus.Ok, actor.Status);
                Assert.Contains("database cannot be opened", subscribe, StringComparison.Ordinal);
                Assert.Contains("Database: unavailable", stats, StringComparison.Ordinal);
                Assert.Contains("read-only", stats, StringComparison.Ordinal);
            }
            finally
            {
                await host.StopAsync();
            }
        }
        finally
        {
            ReadOnlyPath.Undo(file);
        }
    }

    private IHost Build(string file)
    {
        var host = BriefBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={file}",
            ["Content:Path"] = Path.Combine(_folder, "no-content"),
            ["Logging:LogLevel:Default"] = "None",
        }).Build();
        host.Services.GetRequiredService<SnapshotHolder>().Swap(TestCorpus.Standard());
        return host;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
