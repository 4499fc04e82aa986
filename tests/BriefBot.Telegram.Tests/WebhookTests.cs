using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BriefBot.Telegram.Receiving;
using BriefBot.Telegram.Tests.Support;
using BriefBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Telegram.Tests;

public sealed class WebhookTests
{
    private const string Secret = "hook-secret_42";

    private static void WebhookMode(Dictionary<string, string?> settings)
    {
        settings["Telegram:Mode"] = "Webhook";
        settings["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/updates";
        settings["Telegram:WebhookSecret"] = Secret;
        settings["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0";
    }

    private static StringContent UpdateJson(long updateId, string text) => new(
        new JsonObject
        {
            ["update_id"] = updateId,
            ["message"] = new JsonObject
            {
                ["message_id"] = 5,
                ["date"] = 1_790_000_000,
                ["chat"] = new JsonObject { ["id"] = Users.Alice.Id, ["type"] = "private", ["first_name"] = "Alice" },
                ["from"] = new JsonObject { ["id"] = Users.Alice.Id, ["is_bot"] = false, ["first_name"] = "Alice", ["username"] = "alice" },
                ["text"] = text,
            },
        }.ToJsonString(),
        Encoding.UTF8,
        "application/json");

    [Fact]
    public async Task Webhook_IsSetWithTheSecret_AndAnUpdateWithTheRightSecretIsAnswered()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server, WebhookMode);
        var receiver = bot.Host.Services.GetRequiredService<WebhookReceiver>();
        using var http = new HttpClient { BaseAddress = receiver.ListeningAddress };

        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/updates") { Content = UpdateJson(1, "/actor Russia") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await http.SendAsync(request);
        var sent = await server.WaitForMessagesAsync(Users.Alice.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/actor Russia", Assert.Single(bot.Router.Calls).Text);
        Assert.Single(sent);
        Assert.Equal(("https://bot.example.org/telegram/updates", Secret), server.Webhook);
        Assert.Empty(server.Calls("getUpdates"));
        Assert.Empty(server.Calls("deleteWebhook"));
    }

    [Fact]
    public async Task Webhook_OverTheInFlightLimit_Answers503_SoTelegramDeliversTheUpdateAgain()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server, s =>
        {
            WebhookMode(s);
            s["Telegram:Receiving:MaxUpdatesInFlight"] = "1";
        });
        var stuck = StuckChat.In(bot.Router, Users.Alice.Id);
        var receiver = bot.Host.Services.GetRequiredService<WebhookReceiver>();
        using var http = new HttpClient { BaseAddress = receiver.ListeningAddress };

        using var first = await PostAsync(http, UpdateJson(1, "/actor one"));
        await stuck.Entered.WaitAsync(TimeSpan.FromSeconds(15));
        using var refused = await PostAsync(http, UpdateJson(2, "/actor two"));
        stuck.Release();
        await server.WaitForMessagesAsync(Users.Alice.Id);
        using var again = await RetryUntilAcceptedAsync(http, () => UpdateJson(2, "/actor two"));
        var sent = await server.WaitForMessagesAsync(Users.Alice.Id, count: 2);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(["/actor one", "/actor two"], bot.Router.Calls.Select(c => c.Text));
        Assert.Equal(2, sent.Count);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, StringContent body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/updates") { Content = body };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        return await http.SendAsync(request);
    }

    // The first update's lane may not have let go yet when its answer is out; Telegram, too, delivers again until a 200.
    private static async Task<HttpResponseMessage> RetryUntilAcceptedAsync(HttpClient http, Func<StringContent> body)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await PostAsync(http, body());
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 100)
            {
                return response;
            }

            response.Dispose();
            await Task.Yield();
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    public async Task Webhook_RejectsARequestWithoutTheRightSecret(string? presented)
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server, WebhookMode);
        var receiver = bot.Host.Services.GetRequiredService<WebhookReceiver>();
        using var http = new HttpClient { BaseAddress = receiver.ListeningAddress };

        using var forged = new HttpRequestMessage(HttpMethod.Post, "/telegram/updates") { Content = UpdateJson(1, "/actor forged") };
        if (presented is not null)
        {
            forged.Headers.Add("X-Telegram-Bot-Api-Secret-Token", presented);
        }

        using var rejected = await http.SendAsync(forged);
        using var genuine = new HttpRequestMessage(HttpMethod.Post, "/telegram/updates") { Content = UpdateJson(2, "/start") };
        genuine.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var accepted = await http.SendAsync(genuine);
        await server.WaitForMessagesAsync(Users.Alice.Id);

        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("/start", Assert.Single(bot.Router.Calls).Text);
    }

    [Fact]
    public async Task Webhook_Answers200BeforeTheCommandFinishes()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server, WebhookMode);
        var release = new TaskCompletionSource();
        var slowRouter = bot.Router;
        slowRouter.Respond = (text, _) =>
        {
            release.Task.Wait(TimeSpan.FromSeconds(20));
            return BriefBot.Core.Replies.Reply.Text(BriefBot.Core.Replies.ReplyStatus.Ok, "late");
        };
        var receiver = bot.Host.Services.GetRequiredService<WebhookReceiver>();
        using var http = new HttpClient { BaseAddress = receiver.ListeningAddress };

        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/updates") { Content = UpdateJson(1, "/actor slow") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(server.SentMessages);
        release.SetResult();
        await server.WaitForMessagesAsync(Users.Alice.Id);
    }

    [Fact]
    public async Task Webhook_AnswersAnUpdateOnce_WhenTelegramDeliversItAgain()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        await using var bot = await BotHarness.StartAsync(server, WebhookMode);
        var receiver = bot.Host.Services.GetRequiredService<WebhookReceiver>();
        using var http = new HttpClient { BaseAddress = receiver.ListeningAddress };

        var statuses = new List<HttpStatusCode>();
        foreach (var (id, text) in new[] { (7L, "/actor Russia"), (7L, "/actor Russia"), (8L, "/start") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/updates") { Content = UpdateJson(id, text) };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        // Updates of one chat run in order, so once the reply to update 8 is out, a repeat of 7 would have run too.
        var sent = await server.WaitForMessagesAsync(Users.Alice.Id, count: 2);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(["/actor Russia", "/start"], bot.Router.Calls.Select(c => c.Text));
        Assert.Equal(2, sent.Count);
    }
}
