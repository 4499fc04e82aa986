using System.Net;
using System.Net.Sockets;
using BriefBot.Digests.Tests.Faults;
using BriefBot.Testing.Telegram;
using Xunit.Abstractions;

namespace BriefBot.Digests.Tests.ScaleOut;

/// <summary>
/// Issue 20: "`run` with Storage__Provider=Postgres against a local server serves /healthz/ready and /metrics", as the
/// operator starts it: a child process on a throwaway PostgreSQL, polling the fake Bot API, with Http__Urls set.
/// </summary>
public sealed class PostgresOperationsTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefbot-pg-ops-" + Guid.NewGuid().ToString("N"));

    [SkippableFact]
    public async Task Run_OnPostgres_IsReady_AndServesItsMetrics()
    {
        var database = await ClusterDatabase.CreateAsync();
        await using var telegram = await FakeBotApiServer.StartAsync();
        var content = Directory.CreateDirectory(Path.Combine(_folder, "content")).FullName;
        await File.WriteAllTextAsync(Path.Combine(content, "harbour.md"), "# Harbour talks\n\nJane Doe, a senior fellow at the Harbour Institute, said the talks would resume.\n");
        var address = new Uri($"http://127.0.0.1:{FreePort()}");

        using var bot = BotProcess.Start(_folder, new Dictionary<string, string>
        {
            ["Telegram__Token"] = telegram.Token,
            ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString().TrimEnd('/'),
            ["Telegram__PollingTimeoutSeconds"] = "1",
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = database.ConnectionString,
            ["Content__Path"] = content,
            ["Http__Urls"] = address.ToString(),
            ["Logging__LogLevel__Default"] = "Warning",
        });
        // Polled twice: the first poll was answered, so the transport has heard from its platform.
        await telegram.WaitForAsync(() => telegram.Calls("getUpdates").Count >= 2 ? "" : null, TimeSpan.FromSeconds(60), "the bot did not poll:\n" + bot.Output);

        using var http = new HttpClient { BaseAddress = address };
        using var ready = await http.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        var readyBody = await ready.Content.ReadAsStringAsync();
        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        await bot.TerminateAsync(TimeSpan.FromSeconds(30));

        Assert.True(ready.StatusCode == HttpStatusCode.OK, readyBody + "\n" + bot.Output);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", readyBody, StringComparison.Ordinal);
        output.WriteLine(metrics);
        Assert.Contains("briefbot_snapshot_articles{otel_scope_name=\"BriefBot\"} 1", metrics, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
