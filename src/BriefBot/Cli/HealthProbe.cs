using BriefBot.Operations;

namespace BriefBot.Cli;

/// <summary>
/// The `healthcheck` verb: asks this machine's bot for /healthz/live and exits 0 when it answers 200, 1 otherwise.
/// Container images without curl run it as their HEALTHCHECK.
/// </summary>
internal static class HealthProbe
{
    public static async Task<int> RunAsync(string? url, string? httpUrls, TextWriter output, CancellationToken ct)
    {
        var target = url ?? LiveUrlFrom(httpUrls);
        if (target is null)
        {
            await output.WriteLineAsync("briefbot: Http:Urls is not set, so nothing serves /healthz/live. Set Http:Urls or pass --url.").ConfigureAwait(false);
            return 1;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(target, ct).ConfigureAwait(false);
            await output.WriteLineAsync($"{target}: {(int)response.StatusCode}").ConfigureAwait(false);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"{target}: no answer ({ex.Message})").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>The first of Http:Urls, with a wildcard host ("+", "*", 0.0.0.0, [::]) asked on loopback.</summary>
    public static string? LiveUrlFrom(string? httpUrls)
    {
        var first = httpUrls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        var schemeEnd = first.IndexOf("://", StringComparison.Ordinal);
        var rest = first[(schemeEnd + 3)..];
        var hostEnd = rest.StartsWith('[') ? rest.IndexOf(']', StringComparison.Ordinal) + 1 : rest.IndexOf(':', StringComparison.Ordinal);
        var host = hostEnd > 0 ? rest[..hostEnd] : rest.TrimEnd('/');
        var loopback = host is "+" or "*" or "0.0.0.0" or "[::]" ? "127.0.0.1" : host;
        return first[..(schemeEnd + 3)] + loopback + rest[host.Length..].TrimEnd('/') + OperationsServer.LivePath;
    }
}
