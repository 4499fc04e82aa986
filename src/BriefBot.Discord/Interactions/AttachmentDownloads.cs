using System.Net;
using BriefBot.Core.Commands;
using BriefBot.Discord.Configuration;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Downloads files uploaded with a command. Only from Discord's CDN over https (or, against a stand-in, from the host of
/// <see cref="DiscordOptions.ApiBaseUrl"/>), never following a redirect, never with the bot's token (the CDN needs none),
/// and never more than the caller's limit.
/// </summary>
internal sealed class AttachmentDownloads : IDisposable
{
    private static readonly string[] CdnHosts = ["cdn.discordapp.com", "media.discordapp.net"];

    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    private readonly string? _standInHost;

    public AttachmentDownloads(IOptions<DiscordOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _standInHost = Uri.TryCreate(options.Value.ApiBaseUrl, UriKind.Absolute, out var api) && !CdnHosts.Contains(api.Host) && api.Host != "discord.com"
            ? api.Host
            : null;
    }

    public async Task<byte[]> DownloadAsync(DiscordAttachment attachment, long maxBytes, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(attachment.Url, UriKind.Absolute, out var url) || !Trusted(url))
        {
            throw new DocumentRefusedException("That attachment is not on Discord's file server, so I did not fetch it.");
        }

        if (attachment.Size > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        try
        {
            using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new DocumentRefusedException("Discord would not give me that attachment; please send it again.");
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                var chunk = new byte[64 * 1024];
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > maxBytes)
                    {
                        throw TooLarge(maxBytes);
                    }

                    buffer.Write(chunk, 0, read);
                }

                return buffer.ToArray();
            }
        }
        catch (HttpRequestException e)
        {
            throw new DocumentRefusedException("I could not download that attachment from Discord; please send it again.", e);
        }
    }

    public void Dispose() => _http.Dispose();

    private bool Trusted(Uri url) =>
        (url.Scheme == Uri.UriSchemeHttps && CdnHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase)) ||
        (_standInHost is not null && string.Equals(url.Host, _standInHost, StringComparison.OrdinalIgnoreCase) && url.Scheme is "http" or "https");

    private static DocumentRefusedException TooLarge(long maxBytes) =>
        new($"That file is larger than {(maxBytes >= 1024 * 1024 ? $"{maxBytes / (1024.0 * 1024):0.#} MB" : $"{maxBytes / 1024.0:0.#} KB")}, the most I take.");
}

/// <summary>An attachment of a slash command, read through <see cref="AttachmentDownloads"/>.</summary>
internal sealed class AttachmentDocument(AttachmentDownloads downloads, DiscordAttachment attachment) : IIncomingDocument
{
    public string FileName => attachment.Filename;

    public long? Size => attachment.Size;

    public Task<byte[]> ReadAsync(long maxBytes, CancellationToken cancellationToken) => downloads.DownloadAsync(attachment, maxBytes, cancellationToken);
}
