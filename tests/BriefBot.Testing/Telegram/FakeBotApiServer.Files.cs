using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BriefBot.Testing.Telegram;

/// <summary>A file the fake server holds, as a document in a message refers to it.</summary>
/// <param name="DeclaredSize">The file_size the API announces; the real size unless a test says otherwise.</param>
public sealed record FakeFile(string FileId, string FileUniqueId, string FileName, string MimeType, byte[] Bytes, long DeclaredSize);

/// <summary>
/// Documents as the Bot API serves them: a message carries <c>document</c> (file_id, file_unique_id, file_name,
/// mime_type, file_size); <c>getFile</c> answers file_id → file_path (400 "invalid file_id" for an unknown id,
/// 400 "file is too big" above the 20 MB the Bot API lets bots download); the bytes are at
/// <c>GET /file/bot{token}/{file_path}</c> (404 for an unknown path, 401 for a wrong token).
/// </summary>
public sealed partial class FakeBotApiServer
{
    /// <summary>The most a bot may download through getFile on the real Bot API.</summary>
    public const long MaxDownloadBytes = 20L * 1024 * 1024;

    private readonly Dictionary<string, FakeFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeFile> _filesByPath = new(StringComparer.Ordinal);
    private readonly List<string> _downloads = [];
    private long _nextFileId = 1;

    /// <summary>The file_path of every download asked for, in order (answered or not).</summary>
    public IReadOnlyList<string> Downloads => Locked(() => _downloads.ToList());

    /// <summary>Stores a file that messages can then carry.</summary>
    public FakeFile AddFile(string fileName, byte[] bytes, string mimeType = "application/octet-stream", long? declaredSize = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        lock (_gate)
        {
            var n = _nextFileId++;
            var file = new FakeFile($"BQACAgIAAxk{n:D6}", $"AgAD{n:D4}", fileName, mimeType, bytes, declaredSize ?? bytes.Length);
            _files[file.FileId] = file;
            return file;
        }
    }

    /// <summary>Someone sends a document, with a caption or none. Returns the update_id.</summary>
    public long EnqueueDocument(FakeChat chat, FakeUser? from, FakeFile file, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(file);
        var message = DocumentMessageJson(chat, from, file, caption);
        var updateId = Enqueue(chat, chat.Type == "channel" ? "channel_post" : "message", message);
        lock (_gate)
        {
            _messageOfUpdate[updateId] = message["message_id"]!.GetValue<long>();
        }

        return updateId;
    }

    /// <summary>Someone answers a document sent earlier (by <paramref name="fileSender"/>) with <paramref name="text"/>. Returns the update_id.</summary>
    public long EnqueueReplyToDocument(FakeChat chat, FakeUser from, string text, FakeUser fileSender, FakeFile file)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var original = DocumentMessageJson(chat, fileSender, file, caption: null);
        var message = MessageJson(chat, from, text, senderChat: null);
        message["reply_to_message"] = original;
        var updateId = Enqueue(chat, "message", message);
        lock (_gate)
        {
            _messageOfUpdate[updateId] = message["message_id"]!.GetValue<long>();
        }

        return updateId;
    }

    private JsonObject DocumentMessageJson(FakeChat chat, FakeUser? from, FakeFile file, string? caption)
    {
        var message = MessageJson(chat, from, caption ?? string.Empty, chat.Type == "channel" ? chat : null);
        message.Remove("text");
        if (message.Remove("entities", out var entities))
        {
            message["caption_entities"] = entities;
        }

        if (caption is not null)
        {
            message["caption"] = caption;
        }

        message["document"] = new JsonObject
        {
            ["file_id"] = file.FileId,
            ["file_unique_id"] = file.FileUniqueId,
            ["file_name"] = file.FileName,
            ["mime_type"] = file.MimeType,
            ["file_size"] = file.DeclaredSize,
        };
        return message;
    }

    private Answer GetFile(JsonObject parameters)
    {
        var id = parameters["file_id"]?.ToString();
        lock (_gate)
        {
            if (id is null || !_files.TryGetValue(id, out var file))
            {
                return Error(400, "Bad Request: invalid file_id");
            }

            if (file.DeclaredSize > MaxDownloadBytes)
            {
                return Error(400, "Bad Request: file is too big");
            }

            var path = "documents/file_" + id[^6..] + Path.GetExtension(file.FileName);
            _filesByPath[path] = file;
            return Ok(new JsonObject
            {
                ["file_id"] = file.FileId,
                ["file_unique_id"] = file.FileUniqueId,
                ["file_size"] = file.DeclaredSize,
                ["file_path"] = path,
            });
        }
    }

    /// <summary>GET /file/bot{token}/{file_path}: the bytes, as the Bot API's file server gives them.</summary>
    private async Task<bool> TryServeFileAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is null || !path.StartsWith("/file/bot", StringComparison.Ordinal))
        {
            return false;
        }

        var slash = path.IndexOf('/', "/file/bot".Length);
        var token = slash < 0 ? path["/file/bot".Length..] : path["/file/bot".Length..slash];
        var filePath = slash < 0 ? string.Empty : path[(slash + 1)..];
        FakeFile? file;
        lock (_gate)
        {
            _downloads.Add(filePath);
            _filesByPath.TryGetValue(filePath, out file);
        }

        if (!string.Equals(token, _options.Token, StringComparison.Ordinal))
        {
            context.Response.StatusCode = 401;
            return true;
        }

        if (file is null)
        {
            context.Response.StatusCode = 404;
            return true;
        }

        context.Response.ContentType = file.MimeType;
        context.Response.ContentLength = file.Bytes.Length;
        await context.Response.Body.WriteAsync(file.Bytes, context.RequestAborted);
        return true;
    }

}
