using System.Security.Cryptography;
using System.Text;
using System.Xml;
using BriefBot.Intake.Reading;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Parser;

namespace BriefBot.Intake.Feeds;

/// <summary>One entry of a feed, as far as intake needs it.</summary>
/// <param name="Key">What tells it from the feed's other entries across polls: its guid or Atom id, else its link, else a hash.</param>
/// <param name="ContentHtml">The entry's full text when the feed carries it (content:encoded, Atom content), else its summary.</param>
public sealed record FeedEntry(string Key, string Title, Uri? Link, IReadOnlyList<string> Authors, DateOnly? Date, string? ContentHtml);

/// <summary>An RSS or Atom feed read with CodeHollow.FeedReader: its title and its entries, newest first as the feed lists them.</summary>
public sealed record FeedDocument(string? Title, IReadOnlyList<FeedEntry> Entries)
{
    /// <summary>Reads a feed, refusing with one sentence anything that is not an RSS or Atom feed.</summary>
    public static FeedDocument Read(byte[] body, Uri address)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(address);
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(body);
        }
        catch (Exception e) when (e is XmlException or FeedTypeNotSupportedException or ArgumentException or FormatException or InvalidOperationException or NullReferenceException)
        {
            throw new IntakeRefusedException("That is not an RSS or Atom feed I can read.", e);
        }

        if (feed.Type is not (FeedType.Rss or FeedType.Rss_0_91 or FeedType.Rss_0_92 or FeedType.Rss_1_0 or FeedType.Rss_2_0 or FeedType.MediaRss or FeedType.Atom))
        {
            throw new IntakeRefusedException("That is not an RSS or Atom feed I can read.");
        }

        var entries = new List<FeedEntry>();
        foreach (var item in feed.Items)
        {
            Uri? link = Uri.TryCreate(address, item.Link?.Trim() ?? string.Empty, out var resolved) && resolved.Scheme is "http" or "https" && !string.IsNullOrWhiteSpace(item.Link)
                ? resolved
                : null;
            var title = TextCleaning.OneLine(item.Title);
            var content = string.IsNullOrWhiteSpace(item.Content) ? item.Description : item.Content;
            var key = TextCleaning.OneLine(item.Id) is { Length: > 0 } id ? id
                : link is not null ? UrlKey.Of(link)
                : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + content)));
            DateOnly? date = item.PublishingDate is { } published ? DateOnly.FromDateTime(published) : null;
            entries.Add(new FeedEntry(key, title, link, TextCleaning.Authors(item.Author), date, content));
        }

        var feedTitle = TextCleaning.OneLine(feed.Title);
        return new FeedDocument(feedTitle.Length == 0 ? null : feedTitle, entries);
    }
}
