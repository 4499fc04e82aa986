using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace BriefBot.Tests.Operations;

[Collection(Sequential.Name)]
public sealed class WebhookSharingTests
{
    private const string Secret = "shared-hook_7";
    private const long ChatId = 7300;

    [Fact]
    public async Task Webhook_WithoutAListenUrlOfItsOwn_IsServedOnHttpUrls_BesideHealthAndMetrics()
    {
        await using var bot = await OperationsHost.StartAsync(configure: s =>
        {
            s["Telegram:Mode"] = "Webhook";
            s["Telegram:WebhookUrl"] = "https://bot.example.org/hooks/telegram";
            s["Telegram:WebhookSecret"] = Secret;
        });
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };

        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/telegram") { Content = Update(1, "/help") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await http.SendAsync(request);
        await bot.Server!.WaitForMessagesAsync(ChatId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (ready, body) = await bot.GetAsync("/healthz/ready");
        Assert.True(ready == HttpStatusCode.OK, body);
        Assert.Equal(1, (await bot.ScrapeAsync()).Value("briefbot_commands_total", "command=help"));
    }

    private static StringContent Update(long updateId, string text) => new(
        new JsonObject
        {
            ["update_id"] = updateId,
            ["message"] = new JsonObject
            {
                ["message_id"] = 3,
                ["date"] = 1_790_000_000,
                ["chat"] = new JsonObject { ["id"] = ChatId, ["type"] = "private", ["first_name"] = "Reader" },
                ["from"] = new JsonObject { ["id"] = ChatId, ["is_bot"] = false, ["first_name"] = "Reader" },
                ["text"] = text,
            },
        }.ToJsonString(),
        Encoding.UTF8,
        "application/json");
}
