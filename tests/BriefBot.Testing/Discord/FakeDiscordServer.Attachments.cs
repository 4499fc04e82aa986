using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace BriefBot.Testing.Discord;

/// <summary>
/// Files uploaded with a slash command, served as Discord's CDN serves them: <c>GET /attachments/{channel}/{id}/{name}</c>,
/// no authorisation needed. The interaction carries the attachment in <c>data.resolved.attachments</c>.
/// </summary>
public sealed partial class FakeDiscordServer
{
    private readonly ConcurrentDictionary<string, byte[]> _attachments = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, string? Authorization)> _attachmentRequests = new();
    private long _nextAttachment = 700_000_000_000_000_000;

    /// <summary>Every attachment download: its path and the Authorization header it came with (if any).</summary>
    public IReadOnlyList<(string Path, string? Authorization)> AttachmentRequests => [.. _attachmentRequests];

    /// <summary>Stores an upload; returns its id and the URL an interaction gives for it.</summary>
    public (string Id, string Url) AddAttachment(string fileName, byte[] bytes)
    {
        var id = Interlocked.Increment(ref _nextAttachment).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var path = $"/attachments/500000000000000001/{id}/{Uri.EscapeDataString(fileName)}";
        _attachments[path] = bytes;
        return (id, BaseAddress + path);
    }

    private async Task ServeAttachmentAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        _attachmentRequests.Enqueue((path, context.Request.Headers.Authorization.FirstOrDefault()));
        if (!_attachments.TryGetValue(path, out var bytes))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
