#:project ../tests/BriefBot.Testing/BriefBot.Testing.csproj
#:property PublishAot=false
#:property OutputType=Exe

// A Discord stand-in on 127.0.0.1 for trying the bot without Discord (see docs/DISCORD.md): prints the settings to give
// the bot, answers the gateway handshake, then turns each line typed here ("/actor NAME", "/help") into a slash
// command from a channel manager and prints the message the bot answered with.
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefBot.Testing.Discord;

var token = args.ElementAtOrDefault(0) ?? "standin-token";
var applicationId = args.ElementAtOrDefault(1) ?? "800000000000000001";
await using var server = await FakeDiscordServer.StartAsync(token, applicationId, TimeProvider.System);
Console.WriteLine($"Discord__Token={token} Discord__ApplicationId={applicationId} Discord__ApiBaseUrl={server.ApiBaseUrl} Discord__GatewayUrl={server.GatewayUrl}");
var gateway = await server.NextConnectionAsync(Timeout.InfiniteTimeSpan);
await gateway.HelloAsync();
await gateway.ExpectAsync(2);
await gateway.ReadyAsync();
Console.WriteLine("The bot identified. Type commands such as /help, /actor NAME, /subscribe; an empty line quits.");
var print = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
_ = Task.Run(async () =>
{
    // Digests arrive whenever their time comes: show each channel post as it lands.
    for (var count = 1; ; )
    {
        try
        {
            var post = await server.WaitForRequestAsync("POST", "channels/", count);
            Console.WriteLine($"-- {post.Method} {post.Path} -> {post.Status}");
            Console.WriteLine(JsonSerializer.Serialize(post.Json, print));
            count++;
        }
        catch (TimeoutException)
        {
        }
    }
});
for (var next = 1; Console.ReadLine() is { Length: > 0 } line; next++)
{
    var parts = line.TrimStart('/').Split(' ', 2);
    var id = (300_000_000_000_000_000L + next).ToString(CultureInfo.InvariantCulture);
    var options = parts.Length > 1 ? new[] { new { name = "name", type = 3, value = parts[1] } } : null;
    await gateway.DispatchAsync("INTERACTION_CREATE", new
    {
        id,
        application_id = applicationId,
        type = 2,
        token = "t" + id,
        version = 1,
        guild_id = "700000000000000001",
        channel_id = "600000000000000001",
        member = new { user = new { id = "500000000000000001", username = "you" }, permissions = "16" },
        data = new { id = "1", name = parts[0], type = 1, options },
    });
    var callback = await server.WaitForRequestAsync("POST", $"interactions/{id}/");
    var answer = callback.Json.GetProperty("type").GetInt32() == 5
        ? (await server.WaitForRequestAsync("PATCH", $"webhooks/{applicationId}/t{id}/")).Json
        : callback.Json.GetProperty("data");
    Console.WriteLine(JsonSerializer.Serialize(answer, print));
}
