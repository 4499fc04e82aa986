using BriefBot.Testing.Discord;

namespace BriefBot.Tests.Soak;

/// <summary>
/// The soak's Discord traffic: the mix typed as slash commands (INTERACTION_CREATE on the fake gateway) from 25
/// members in 25 channels of one guild, with Manage Channels so /subscribe writes. Each interaction must be answered
/// exactly once — one callback, and one edit of the original when the callback deferred — and none with a failure.
/// </summary>
internal sealed class SoakDiscord
{
    public const string Token = "soak-discord-token";
    public const string ApplicationId = "910000000000000001";

    private const int Batch = 250;
    private const int Members = 25;
    private const int ManageChannels = 16;
    private const int DeferredChannelMessage = 5;

    private readonly FakeDiscordServer _server;
    private readonly FakeGatewayConnection _gateway;
    private long _nextId = 320_000_000_000_000_000;

    private SoakDiscord(FakeDiscordServer server, FakeGatewayConnection gateway)
    {
        _server = server;
        _gateway = gateway;
    }

    /// <summary>Interactions answered after a deferral (the handler took longer than Discord's budget for a direct answer).</summary>
    public long Deferred { get; private set; }

    /// <summary>Follow-up messages of answers longer than one Discord message.</summary>
    public long FollowUps { get; private set; }

    /// <summary>Takes the bot's gateway connection and opens its session.</summary>
    public static async Task<SoakDiscord> ConnectAsync(FakeDiscordServer server)
    {
        var gateway = await server.NextConnectionAsync();
        await gateway.HelloAsync();
        await gateway.AnswerIdentifyAsync();
        return new SoakDiscord(server, gateway);
    }

    public async Task SendAsync(long start, int count)
    {
        for (var sent = 0; sent < count; sent += Batch)
        {
            var batch = Math.Min(Batch, count - sent);
            var ids = new List<string>(batch);
            for (var i = 0; i < batch; i++)
            {
                var id = (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                ids.Add(id);
                await _gateway.DispatchAsync("INTERACTION_CREATE", Interaction(id, i % Members, SoakCommands.At(start + sent + i)));
            }

            var answers = await Task.WhenAll(ids.Select(AnswerAsync));
            var requests = _server.Requests;
            foreach (var id in ids)
            {
                Assert.Single(requests, r => r.Is("POST", $"interactions/{id}/"));
            }

            Assert.All(requests.Where(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)), r => Assert.Equal(204, r.Status));
            Assert.DoesNotContain(answers, a => a.Contains("something went wrong", StringComparison.OrdinalIgnoreCase));
            var deferred = requests.Count(r => r.Is("POST", "interactions/") && r.Json.GetProperty("type").GetInt32() == DeferredChannelMessage);
            Assert.Equal(deferred, requests.Count(r => r.Is("PATCH", "webhooks/")));
            Deferred += deferred;
            FollowUps += requests.Count(r => r.Method == "POST" && r.Path.StartsWith("webhooks/", StringComparison.Ordinal));
            _server.ForgetHistory();
        }
    }

    /// <summary>The answer's text as the user sees it: the callback's message, or the edit that replaced a deferral.</summary>
    private async Task<string> AnswerAsync(string id)
    {
        var callback = (await _server.WaitForRequestAsync("POST", $"interactions/{id}/")).Json;
        if (callback.GetProperty("type").GetInt32() != DeferredChannelMessage)
        {
            return callback.GetProperty("data").GetRawText();
        }

        var token = TokenOf(id);
        return (await _server.WaitForRequestAsync("PATCH", $"webhooks/{ApplicationId}/{token}/")).Json.GetRawText();
    }

    private static object Interaction(string id, int member, string line)
    {
        var (name, argument) = Split(line);
        var user = new { id = (500_000_000_000_000_100 + member).ToString(System.Globalization.CultureInfo.InvariantCulture), username = "soak" + member };
        return new
        {
            id,
            application_id = ApplicationId,
            type = 2,
            data = new
            {
                id = "400000000000000001",
                name,
                type = 1,
                options = argument is null ? null : new[] { new { name = "text", type = 3, value = argument } },
            },
            guild_id = "700000000000000100",
            channel_id = (600_000_000_000_000_100 + member).ToString(System.Globalization.CultureInfo.InvariantCulture),
            member = new { user, permissions = ManageChannels.ToString(System.Globalization.CultureInfo.InvariantCulture), roles = Array.Empty<string>() },
            token = TokenOf(id),
            version = 1,
        };
    }

    // "/search a b" -> ("search", "a b"); Discord sends the command's name and its option apart.
    private static (string Name, string? Argument) Split(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (line[1..], null) : (line[1..space], line[(space + 1)..]);
    }

    private static string TokenOf(string id) => "soak-interaction-" + id;
}
