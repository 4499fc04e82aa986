using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;

namespace BriefBot.Cli;

/// <summary>Delivers digests for console subscriptions into the running console chat.</summary>
public sealed class ConsoleChatSender(TextWriter output) : IChatSender
{
    public string Platform => ConsoleChat.Context.Platform;

    public async Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(PlainTextRenderer.Render(reply)).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        return DeliveryResult.Sent;
    }
}
