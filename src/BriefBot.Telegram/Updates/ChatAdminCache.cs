using BriefBot.Telegram.Api;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace BriefBot.Telegram.Updates;

/// <summary>Whether a user administers a group, asked with getChatMember and remembered for a minute.</summary>
public sealed class ChatAdminCache(BotClientHolder bot, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private const int MaxEntries = 10_000;

    private readonly Dictionary<(long Chat, long User), (bool IsAdmin, DateTimeOffset Until)> _entries = [];
    private readonly Lock _gate = new();

    public async Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_entries.TryGetValue((chatId, userId), out var entry) && entry.Until > now)
            {
                return entry.IsAdmin;
            }
        }

        var member = await bot.Client.GetChatMember(chatId, userId, cancellationToken);
        var isAdmin = member.Status is ChatMemberStatus.Administrator or ChatMemberStatus.Creator;
        lock (_gate)
        {
            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }

            _entries[(chatId, userId)] = (isAdmin, now + Lifetime);
        }

        return isAdmin;
    }
}
