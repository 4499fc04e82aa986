using BriefBot.Core.Commands;
using BriefBot.Core.Knowledge;
using BriefBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Benchmarks.Stages;

/// <summary>
/// The bot's real service graph (the host's builder, nothing started): its snapshot holder and command router,
/// with no chat transport and logging at Warning.
/// </summary>
internal sealed class BotUnderTest : IDisposable
{
    public static readonly CommandContext Asker = new("console", "bench", "bench-user", ChatKind.Private, IsChatAdmin: false, IsBotAdmin: false);

    private readonly IHost _host;

    public BotUnderTest(string contentFolder, KnowledgeSnapshot snapshot)
        : this(contentFolder, new Core.Briefings.ComposedReplies(snapshot))
    {
    }

    /// <param name="replies">The snapshot to answer from, with the replies composed on it so far.</param>
    public BotUnderTest(string contentFolder, Core.Briefings.ComposedReplies replies)
    {
        _host = BriefBotHost.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Content:Path"] = contentFolder,
            ["Content:Watch"] = "false",
            ["Telegram:Token"] = string.Empty,
            ["Discord:Token"] = string.Empty,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(Path.GetTempPath(), "briefbot-bench.db")}",
        }).Build();
        Holder = _host.Services.GetRequiredService<SnapshotHolder>();
        Holder.Swap(replies);
        Router = _host.Services.GetRequiredService<ICommandRouter>();
    }

    public SnapshotHolder Holder { get; }

    public ICommandRouter Router { get; }

    /// <summary>Answers one line; every handler under test completes synchronously, so this blocks no thread pool.</summary>
    public Core.Replies.Reply Ask(string text) => Router.HandleAsync(text, Asker, CancellationToken.None).GetAwaiter().GetResult();

    public void Dispose() => _host.Dispose();
}
