using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BriefBot.Telegram.Receiving;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Digests.Tests.ScaleOut;

/// <summary>
/// Issue 20: several instances behind one webhook address. A load balancer (or Telegram's retry) can hand the same
/// update to two instances: the update id goes into the shared database before anything is answered, so only the
/// instance that recorded it first answers.
/// </summary>
public sealed class WebhookFanInTests
{
    private const string Secret = "fan-in-secret_7";
    private const int Updates = 20;

    [SkippableFact]
    public async Task EveryUpdateDeliveredToBothInstances_IsAnsweredOnce()
    {
        var database = await ClusterDatabase.CreateAsync();
        await using var telegram = await FakeBotApiServer.StartAsync();
        var cluster = new SentCounter();
        await using var first = await ClusterNode.StartAsync(telegram, database.ConnectionString, cluster, WebhookMode);
        await using var second = await ClusterNode.StartAsync(telegram, database.ConnectionString, cluster, WebhookMode);
        using var toFirst = new HttpClient { BaseAddress = first.Services.GetRequiredService<WebhookReceiver>().ListeningAddress };
        using var toSecond = new HttpClient { BaseAddress = second.Services.GetRequiredService<WebhookReceiver>().ListeningAddress };
        var chats = Enumerable.Range(7001, Updates).Select(c => (long)c).ToList();

        var answers = await Task.WhenAll(chats.SelectMany((chat, i) => new[]
        {
            PostAsync(toFirst, updateId: 500 + i, chat),
            PostAsync(toSecond, updateId: 500 + i, chat),
        }));
        await telegram.WaitForAsync(() => chats.All(c => telegram.SentTo(c).Count > 0) ? "" : null, TimeSpan.FromSeconds(60), "an update was not answered");
        await first.StopAsync();
        await second.StopAsync();

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(chats, chat => Assert.Single(telegram.SentTo(chat)));
        Assert.Equal(Updates, await database.CountAsync("SELECT COUNT(*) FROM handled_updates WHERE platform = 'telegram'"));
    }

    private static void WebhookMode(Dictionary<string, string?> settings)
    {
        settings["Telegram:Mode"] = "Webhook";
        settings["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/updates";
        settings["Telegram:WebhookSecret"] = Secret;
        settings["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0";
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient instance, long updateId, long chatId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/updates")
        {
            Content = new StringContent(
                new JsonObject
                {
                    ["update_id"] = updateId,
                    ["message"] = new JsonObject
                    {
                        ["message_id"] = 5,
                        ["date"] = 1_790_000_000,
                        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Dana" },
                        ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Dana" },
                        ["text"] = "/sources",
                    },
                }.ToJsonString(),
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add(WebhookReceiver.SecretHeader, Secret);
        using var response = await instance.SendAsync(request);
        return response.StatusCode;
    }
}
