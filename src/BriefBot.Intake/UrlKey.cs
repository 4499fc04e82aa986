using System.Text;

namespace BriefBot.Intake;

/// <summary>
/// A link reduced to what names the article, so the same article added twice is known: http and https are one,
/// the host is lower case, default ports, fragments and tracking parameters (utm_*, fbclid, gclid, ...) are dropped,
/// and the parameters left are sorted.
/// </summary>
public static class UrlKey
{
    private static readonly HashSet<string> Tracking = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid", "s_cid",
        "cmpid", "ocid", "ncid", "sr_share", "at_medium", "at_campaign", "spm", "share", "ref_src",
    };

    /// <summary>The key, or null when the text is not an absolute http or https link.</summary>
    public static string? Of(string? link)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return Of(uri);
    }

    public static string Of(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var key = new StringBuilder("//").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            key.Append(':').Append(uri.Port);
        }

        key.Append(uri.AbsolutePath.Length == 0 ? "/" : uri.AbsolutePath);
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=', 2)[0]))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (query.Count > 0)
        {
            key.Append('?').AppendJoin('&', query);
        }

        return key.ToString();
    }

    /// <summary>The link as stored: the same minus fragment and tracking parameters, scheme and order kept.</summary>
    public static string Clean(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !IsTracking(p.Split('=', 2)[0])).ToList();
        var builder = new UriBuilder(uri) { Fragment = string.Empty, Query = string.Join('&', query) };
        return builder.Uri.AbsoluteUri;
    }

    private static bool IsTracking(string name)
    {
        var decoded = Uri.UnescapeDataString(name);
        return decoded.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || Tracking.Contains(decoded);
    }
}
