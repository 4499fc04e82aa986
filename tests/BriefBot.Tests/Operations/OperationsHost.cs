using System.Globalization;
using System.Net;
using BriefBot.Hosting;
using BriefBot.Operations;
using BriefBot.Testing.Telegram;
using BriefBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Tests.Operations;

/// <summary>
/// The whole bot as it ships, with Http:Urls on a free loopback port, a fake clock and (unless told otherwise) Telegram
/// reached through the real client at the fake Bot API. Health and metrics are read over HTTP, as an operator would.
/// </summary>
internal sealed class OperationsHost : IAsyncDisposable
{
    public static readonly FakeUser Admin = new(7001, "Operator");

    private readonly TempContent _content;
    private readonly string _data;
    private readonly HttpClient _http = new();

    private OperationsHost(IHost host, FakeBotApiServer? server, FakeTimeProvider clock, TempContent content, string data)
    {
        Host = host;
        Server = server;
        Clock = clock;
        _content = content;
        _data = data;
        BaseAddress = host.Services.GetRequiredService<OperationsServer>().Addresses[0];
    }

    public IHost Host { get; }

    public static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    public FakeBotApiServer? Server { get; }

    public FakeTimeProvider Clock { get; }

    public Uri BaseAddress { get; }

    public static async Task<OperationsHost> StartAsync(
        bool telegram = true,
        Action<Dictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? services = null,
        FakeTimeProvider? clock = null)
    {
        clock ??= NewClock();
        var server = telegram ? await FakeBotApiServer.StartAsync(new FakeBotApiOptions { Time = clock }) : null;
        var content = new TempContent();
        var data = Directory.CreateTempSubdirectory("briefbot-ops-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Content:Path"] = content.Folder,
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(data, "briefbot.db")}",
            ["Http:Urls"] = "http://127.0.0.1:0",
        };
        if (server is not null)
        {
            settings["Telegram:Token"] = server.Token;
            settings["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString();
            settings["Telegram:PollingTimeoutSeconds"] = "10";
            settings["Telegram:OffsetPath"] = Path.Combine(data, "telegram-offset.txt");
            settings["Telegram:AdminUserIds:0"] = Admin.Id.ToString(CultureInfo.InvariantCulture);
            settings["Telegram:Sending:RequestTimeoutSeconds"] = "3600";
            settings["Telegram:Pacing:PerChatPerSecond"] = "100";
            settings["Telegram:Pacing:PerGroupPerMinute"] = "6000";
            settings["Telegram:Pacing:GlobalPerSecond"] = "1000";
        }

        configure?.Invoke(settings);
        var builder = BriefBotHost.CreateBuilder([], settings);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new OperationsHost(host, server, clock, content, data);
    }

    /// <summary>Sends <paramref name="text"/> from <paramref name="user"/> in a private chat and waits for the bot's next message there.</summary>
    public async Task<SentMessage> AskAsync(FakeUser user, string text)
    {
        var server = Server ?? throw new InvalidOperationException("This host has no Telegram.");
        var before = server.SentTo(user.Id).Count;
        server.EnqueueMessage(FakeChat.Private(user.Id), user, text);
        var sent = await server.WaitForMessagesAsync(user.Id, before + 1);
        return sent[before];
    }

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(BaseAddress, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<PrometheusText> ScrapeAsync()
    {
        var (status, body) = await GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, status);
        return new PrometheusText(body);
    }

    public async ValueTask DisposeAsync()
    {
        // Idle keep-alive connections would hold Kestrel's graceful stop until the shutdown timeout.
        _http.Dispose();
        try
        {
            await Host.StopAsync();
        }
        finally
        {
            Host.Dispose();
            if (Server is not null)
            {
                await Server.DisposeAsync();
            }

            _content.Dispose();
            Directory.Delete(_data, recursive: true);
        }
    }
}
