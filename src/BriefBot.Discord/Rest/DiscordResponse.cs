using System.Net;
using System.Text.Json;

namespace BriefBot.Discord.Rest;

/// <summary>What Discord answered. <see cref="Status"/> is 0 when no answer came (network failure, transport stopped).</summary>
internal sealed record DiscordResponse(int Status, string Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public bool IsTransient => Status is 0 or 429 or >= 500;

    /// <summary>No answer, but the request had left (timeout, broken connection): it may have taken effect.</summary>
    public bool MayHaveArrived { get; init; }

    /// <summary>
    /// 400 with code 40060: the interaction was answered already, which after a retry means our earlier attempt
    /// got through and only its answer was lost.
    /// </summary>
    public bool IsAlreadyAcknowledged => Status == 400 && ErrorCode == 40060;

    private int? ErrorCode
    {
        get
        {
            try
            {
                using var document = JsonDocument.Parse(Body);
                return document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("code", out var code) && code.TryGetInt32(out var value) ? value : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    public static DiscordResponse NoAnswer(string why) => new(0, why);

    /// <summary>Discord's error text ("Missing Access", "Unknown Channel"), never echoing request data.</summary>
    public string ErrorSummary
    {
        get
        {
            if (Status == 0)
            {
                return Body;
            }

            try
            {
                using var document = JsonDocument.Parse(Body);
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("message", out var message))
                {
                    return $"{Status} {message.GetString()}";
                }
            }
            catch (JsonException)
            {
            }

            return $"{Status} {(HttpStatusCode)Status}";
        }
    }

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }
}
