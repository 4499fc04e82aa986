using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Digests.Tests.ScaleOut;

/// <summary>
/// The instance's Telegram sender behind a turn that never comes, as behind a pacer busy with other chats: a digest
/// waits before it claims anything, and a stop cancels the wait (nothing sent), as the real pacer's wait is cancelled.
/// </summary>
internal sealed class WaitingTurnSender(TelegramChatSender inner, TaskCompletionSource waiting) : IChatSender
{
    public string Platform => inner.Platform;

    /// <summary>Puts every digest of the instance behind the turn; <paramref name="waiting"/> completes when the first waits.</summary>
    public static void Install(IServiceCollection services, TaskCompletionSource waiting)
    {
        foreach (var sender in services.Where(d => d.ServiceType == typeof(IChatSender)).ToList())
        {
            services.Remove(sender);
        }

        services.AddSingleton<IChatSender>(sp => new WaitingTurnSender(sp.GetRequiredService<TelegramChatSender>(), waiting));
    }

    public Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, CancellationToken cancellationToken) =>
        inner.SendAsync(chatId, reply, idempotencyKey, cancellationToken);

    public async Task<DeliveryResult> SendAsync(string chatId, Reply reply, string idempotencyKey, IDeliveryClaim claim, CancellationToken cancellationToken)
    {
        waiting.TrySetResult();
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (TaskCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }

        return await inner.SendAsync(chatId, reply, idempotencyKey, claim, cancellationToken);
    }
}
