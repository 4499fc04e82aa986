namespace BriefBot.Discord.Rest;

/// <summary>
/// Discord rate-limits per route and per "major parameter" (channel, guild, webhook, interaction).
/// A route key keeps the major parameter and replaces the other ids, so "POST channels/1/messages" and
/// "POST channels/2/messages" are limited apart while sharing the bucket hash Discord reports.
/// </summary>
internal static class RouteKey
{
    private static readonly string[] Majors = ["channels", "guilds", "webhooks", "interactions"];

    /// <returns>The route template (ids replaced) and the major parameter value.</returns>
    public static (string Route, string Major) For(HttpMethod method, string path)
    {
        var segments = path.Split('?', 2)[0].Trim('/').Split('/');
        var major = string.Empty;
        var template = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            var previous = i > 0 ? segments[i - 1] : null;
            var isMajorValue = previous is not null && Majors.Contains(previous) && i == 1;
            var isWebhookToken = i == 2 && segments[0] is "webhooks" or "interactions";
            if (isMajorValue || isWebhookToken)
            {
                major += "/" + segments[i];
                template[i] = "{major}";
            }
            else
            {
                template[i] = segments[i].Length > 0 && segments[i].All(char.IsAsciiDigit) ? "{id}" : segments[i];
            }
        }

        return (method.Method + " " + string.Join('/', template), major);
    }
}
