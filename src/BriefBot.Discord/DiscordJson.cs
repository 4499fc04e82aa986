using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefBot.Discord;

/// <summary>Discord speaks snake_case JSON and omits what is absent.</summary>
internal static class DiscordJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
