using System.ComponentModel.DataAnnotations;
using BriefBot.Core.Configuration;

namespace BriefBot.Intake;

/// <summary>
/// The limits on what admins add, in the "Content" section beside the folder's own settings
/// (<c>Content:MaxFetchBytes</c>, <c>Content:FetchTimeout</c>, <c>Content:AllowPrivateAddresses</c>).
/// </summary>
public sealed class IntakeOptions
{
    public const string Section = "Content";

    /// <summary>Redirects followed by hand before a fetch is refused.</summary>
    public const int MaxRedirects = 5;

    /// <summary>The most bytes read from a page, a download or a file; counted while reading.</summary>
    [InRange(1, 1L << 31, ErrorMessage = "Content:MaxFetchBytes must be a positive number of bytes, at most 2 GiB.")]
    public long MaxFetchBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The whole fetch of a page, redirects included.</summary>
    [InRange(typeof(TimeSpan), "00:00:00", "00:10:00", MinimumIsExclusive = true,
        ErrorMessage = "Content:FetchTimeout must be a duration above zero and at most 10 minutes, such as 00:00:20.")]
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Let fetches reach loopback, private, link-local and metadata addresses (tests and closed networks only).</summary>
    public bool AllowPrivateAddresses { get; set; }
}
