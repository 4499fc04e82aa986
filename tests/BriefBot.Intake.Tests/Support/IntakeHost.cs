using System.Net;
using BriefBot.Content;
using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Core.Resilience;
using BriefBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Intake.Tests.Support;

/// <summary>
/// The bot's real service graph (BriefBotHost) on a throw-away content folder, loaded as the console's `ask` loads it;
/// only configuration differs. Commands go through the real router as an admin or as an ordinary user.
/// </summary>
internal sealed class IntakeHost : IDisposable
{
    public static readonly CommandContext Admin = new("telegram", "100", "100", ChatKind.Private, IsChatAdmin: true, IsBotAdmin: true, "alice");
    public static readonly CommandContext User = new("telegram", "200", "200", ChatKind.Private, IsChatAdmin: true, IsBotAdmin: false, "bob");

    private readonly IHost _host;
    private readonly bool _ownsFolder;

    /// <param name="exempt">Loopback endpoint let through while private addresses are refused (to test redirects from a site on loopback).</param>
    /// <param name="folder">A content folder to use (and keep) instead of a new one; its database lies beside it, so a second host on it is a restart.</param>
    /// <param name="services">Changes to the service graph after it is built as the bot builds it (a fake clock, a recording sender).</param>
    public IntakeHost(bool allowPrivate = true, string fetchTimeout = "00:00:20", IPEndPoint? exempt = null, IEnumerable<KeyValuePair<string, string?>>? settings = null, string? folder = null, Action<IServiceCollection>? services = null)
    {
        _ownsFolder = folder is null;
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "briefbot-intake-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var overrides = new Dictionary<string, string?>
        {
            ["Content:Path"] = Folder,
            ["Content:AllowPrivateAddresses"] = allowPrivate ? "true" : "false",
            ["Content:FetchTimeout"] = fetchTimeout,
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(Folder, "..", Path.GetFileName(Folder) + ".db")}",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            overrides[key] = value;
        }

        var builder = BriefBotHost.CreateBuilder([], overrides);

        // Exact back-off waits, so a test can say when the next retry is due.
        builder.Services.AddSingleton(RetryJitter.None);
        if (exempt is not null)
        {
            builder.Services.AddSingleton(new AddressPolicy(allowPrivate, e => e.Equals(exempt)));
        }

        services?.Invoke(builder.Services);
        _host = builder.Build();
        _host.Services.GetRequiredService<ContentLoader>().LoadInitial();
        Router = _host.Services.GetRequiredService<ICommandRouter>();
    }

    public string Folder { get; }

    public ICommandRouter Router { get; }

    public IServiceProvider Services => _host.Services;

    public Task<Reply> AsAdminAsync(string text, IIncomingDocument? document = null) =>
        Router.HandleAsync(text, Admin with { Document = document }, CancellationToken.None);

    public Task<Reply> AsUserAsync(string text, IIncomingDocument? document = null) =>
        Router.HandleAsync(text, User with { Document = document }, CancellationToken.None);

    /// <summary>The content files, name → text.</summary>
    public Dictionary<string, string> Files() =>
        Directory.EnumerateFiles(Folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);

    public void Dispose()
    {
        _host.Dispose();
        if (!_ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}

internal static class ReplyTextOf
{
    public static string Text(this Reply reply) => PlainTextRenderer.Render(reply);
}
