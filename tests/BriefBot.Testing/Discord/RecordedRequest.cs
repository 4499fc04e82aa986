using System.Text.Json;

namespace BriefBot.Testing.Discord;

/// <summary>One request the fake Discord REST API received, as it arrived.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body, int Status)
{
    public JsonElement Json
    {
        get
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
    }

    public bool Is(string method, string pathPrefix) =>
        string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) && Path.StartsWith(pathPrefix, StringComparison.Ordinal);

    public override string ToString() => $"{Method} {Path} -> {Status}";
}
