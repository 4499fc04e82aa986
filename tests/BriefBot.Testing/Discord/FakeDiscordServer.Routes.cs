using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace BriefBot.Testing.Discord;

public sealed partial class FakeDiscordServer
{
    private const string NotFound = """{"message":"404: Not Found","code":0}""";

    private (int Status, string? Body) Answer(string method, string path, string authorization, string body, HttpResponse response)
    {
        var needsToken = !path.StartsWith("interactions/", StringComparison.Ordinal) && !path.StartsWith("webhooks/", StringComparison.Ordinal);
        if (needsToken && authorization != "Bot " + Token)
        {
            return (401, """{"message":"401: Unauthorized","code":0}""");
        }

        var limited = _limits.Admit(method, path, response);
        if (limited is not null)
        {
            if (string.IsNullOrEmpty(response.Headers.RetryAfter))
            {
                response.Headers.RetryAfter = "1";
            }

            return (429, limited);
        }

        var failure = TakeFailure(method, path);
        if (failure is { ProcessFirst: false })
        {
            return (failure.Status, failure.Body);
        }

        var result = Route(method, path, body);
        return failure is null ? result : (failure.Status, failure.Body);
    }

    private ScriptedFailure? TakeFailure(string method, string path)
    {
        lock (_lock)
        {
            var failure = _failures.FirstOrDefault(f =>
                string.Equals(f.Method, method, StringComparison.OrdinalIgnoreCase) && path.StartsWith(f.PathPrefix, StringComparison.Ordinal));
            if (failure is not null)
            {
                _failures.Remove(failure);
            }

            return failure;
        }
    }

    private (int Status, string? Body) Route(string method, string path, string body)
    {
        if (method == "GET" && path == "gateway/bot")
        {
            return (200, JsonSerializer.Serialize(new
            {
                url = GatewayUrl,
                shards = 1,
                session_start_limit = new
                {
                    total = 1000,
                    remaining = SessionStartsRemaining,
                    reset_after = (long)SessionStartsResetAfter.TotalMilliseconds,
                    max_concurrency = 1,
                },
            }));
        }

        if (method == "PUT" && CommandsPath().IsMatch(path))
        {
            if (!path.StartsWith("applications/" + ApplicationId + "/", StringComparison.Ordinal))
            {
                return (403, """{"message":"Missing Access","code":50001}""");
            }

            using var document = JsonDocument.Parse(body);
            RegisteredCommands = document.RootElement.Clone();
            return (200, body);
        }

        var callback = CallbackPath().Match(path);
        if (method == "POST" && callback.Success)
        {
            return _acknowledged.TryAdd(callback.Groups[1].Value, 0)
                ? (204, null)
                : (400, """{"message":"Interaction has already been acknowledged.","code":40060}""");
        }

        if (method == "PATCH" && WebhookOriginalPath().IsMatch(path))
        {
            return CheckedMessage(body, message => (200, message.GetRawText()));
        }

        if (method == "POST" && WebhookPath().IsMatch(path))
        {
            return CheckedMessage(body, message => (200, message.GetRawText()));
        }

        var channel = ChannelMessagesPath().Match(path);
        if (method == "POST" && channel.Success)
        {
            return CheckedMessage(body, message => CreateChannelMessage(channel.Groups[1].Value, message));
        }

        return (404, NotFound);
    }

    private static (int, string?) CheckedMessage(string body, Func<JsonElement, (int, string?)> accept)
    {
        JsonElement message;
        try
        {
            using var document = JsonDocument.Parse(body);
            message = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (400, """{"message":"400: Bad Request","code":50109}""");
        }

        var problem = FakeMessageRules.Check(message);
        return problem is null
            ? accept(message)
            : (400, JsonSerializer.Serialize(new { message = "Invalid Form Body", code = 50035, errors = problem }));
    }

    private (int, string?) CreateChannelMessage(string channelId, JsonElement message)
    {
        var enforce = message.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        var nonce = message.TryGetProperty("nonce", out var n) ? n.ToString() : null;
        lock (_lock)
        {
            // One author (the bot) here, so the nonce alone is the key; the channel does not matter.
            if (enforce && nonce is not null && _messagesByNonce.TryGetValue(nonce, out var existing) && _time.GetUtcNow() - existing.At < NonceWindow)
            {
                return (200, existing.Message.GetRawText());
            }

            var created = JsonSerializer.SerializeToElement(new
            {
                id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture),
                channel_id = channelId,
                content = message.TryGetProperty("content", out var c) ? c.GetString() : string.Empty,
                embeds = message.TryGetProperty("embeds", out var embeds) ? embeds : JsonSerializer.SerializeToElement(Array.Empty<object>()),
                components = message.TryGetProperty("components", out var components) ? components : JsonSerializer.SerializeToElement(Array.Empty<object>()),
                nonce,
            });
            var list = _messages.GetOrAdd(channelId, _ => []);
            lock (list)
            {
                list.Add(created);
            }

            if (nonce is not null)
            {
                _messagesByNonce[nonce] = (created, _time.GetUtcNow());
            }

            return (200, created.GetRawText());
        }
    }

    [GeneratedRegex(@"^applications/\d+/(guilds/\d+/)?commands$")]
    private static partial Regex CommandsPath();

    [GeneratedRegex(@"^interactions/(\d+)/[^/]+/callback$")]
    private static partial Regex CallbackPath();

    [GeneratedRegex(@"^webhooks/\d+/[^/]+/messages/@original$")]
    private static partial Regex WebhookOriginalPath();

    [GeneratedRegex(@"^webhooks/\d+/[^/]+$")]
    private static partial Regex WebhookPath();

    [GeneratedRegex(@"^channels/(\d+)/messages$")]
    private static partial Regex ChannelMessagesPath();
}
