using BriefBot.Core.Commands;
using BriefBot.Telegram.Api;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BriefBot.Telegram.Updates;

/// <summary>
/// A document in a Telegram message: getFile gives its path, and the file server its bytes, counted while they arrive.
/// The download address holds the bot's token, so no exception text from it ever reaches a reply (and logs see it
/// only through the redactor).
/// </summary>
internal sealed class TelegramDocument(BotClientHolder bot, Document document) : IIncomingDocument
{
    public string FileName => document.FileName is { Length: > 0 } name ? name : "document";

    public long? Size => document.FileSize;

    public async Task<byte[]> ReadAsync(long maxBytes, CancellationToken cancellationToken)
    {
        if (document.FileSize > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        TGFile file;
        try
        {
            file = await bot.Client.GetFile(document.FileId, cancellationToken);
        }
        catch (ApiRequestException e) when (e.Message.Contains("too big", StringComparison.OrdinalIgnoreCase))
        {
            throw new DocumentRefusedException("Telegram lets bots download files of at most 20 MB, and this one is larger.", new InvalidOperationException(bot.Redactor.Describe(e)));
        }
        catch (Exception e) when (e is ApiRequestException or RequestException or HttpRequestException)
        {
            throw new DocumentRefusedException("Telegram would not give me that file; please send it again.", new InvalidOperationException(bot.Redactor.Describe(e)));
        }

        if (file.FileSize > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        if (string.IsNullOrEmpty(file.FilePath))
        {
            throw new DocumentRefusedException("Telegram gave me no way to download that file; please send it again.");
        }

        using var bounded = new BoundedBuffer(maxBytes);
        try
        {
            await bot.Client.DownloadFile(file.FilePath, bounded, cancellationToken);
        }
        catch (BoundedBuffer.FullException)
        {
            throw TooLarge(maxBytes);
        }
        catch (Exception e) when (e is ApiRequestException or RequestException or HttpRequestException or IOException || Causes(e).Any(c => c is BoundedBuffer.FullException))
        {
            if (Causes(e).Any(c => c is BoundedBuffer.FullException))
            {
                throw TooLarge(maxBytes);
            }

            throw new DocumentRefusedException("I could not download that file from Telegram; please send it again.", new InvalidOperationException(bot.Redactor.Describe(e)));
        }

        return bounded.ToArray();
    }

    private static IEnumerable<Exception> Causes(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    private static DocumentRefusedException TooLarge(long maxBytes) =>
        new($"That file is larger than {(maxBytes >= 1024 * 1024 ? $"{maxBytes / (1024.0 * 1024):0.#} MB" : $"{maxBytes / 1024.0:0.#} KB")}, the most I take.");

    /// <summary>A write-only memory stream that refuses to grow past its limit.</summary>
    private sealed class BoundedBuffer(long maxBytes) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            Check(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Check(buffer.Length);
            base.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Check(count);
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Check(buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }

        public override void WriteByte(byte value)
        {
            Check(1);
            base.WriteByte(value);
        }

        private void Check(int count)
        {
            if (Length + count > maxBytes)
            {
                throw new FullException();
            }
        }

        internal sealed class FullException : IOException
        {
            public FullException()
                : base("The file is larger than the limit.")
            {
            }

            public FullException(string message)
                : base(message)
            {
            }

            public FullException(string message, Exception innerException)
                : base(message, innerException)
            {
            }
        }
    }
}
