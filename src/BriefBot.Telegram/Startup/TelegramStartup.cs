using BriefBot.Core.Commands;
using BriefBot.Core.Operations;
using BriefBot.Telegram.Api;
using BriefBot.Telegram.Logging;
using BriefBot.Telegram.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BriefBot.Telegram.Startup;

/// <summary>
/// The start-up conversation with the Bot API: getMe (who are we, is the token good), deleteWebhook or setWebhook,
/// setMyCommands. Runs once successfully; receivers call <see cref="EnsureReadyAsync"/> before handling anything.
/// </summary>
public sealed class TelegramStartup(
    BotClientHolder bot,
    IOptions<TelegramOptions> options,
    ICommandRouter router,
    ILogger<TelegramStartup> logger,
    [FromKeyedServices(TelegramOptions.Platform)] PlatformContact? contact = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile string? _username;

    /// <summary>The bot's @username without the "@", once getMe has answered.</summary>
    public string? Username => _username;

    public bool IsReady => _username is not null;

    /// <exception cref="TokenRejectedException">The token was rejected.</exception>
    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (IsReady)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (IsReady)
            {
                return;
            }

            var client = bot.Client;
            User me;
            try
            {
                me = await client.GetMe(cancellationToken);
            }
            catch (Exception ex) when (BotApiErrors.IsUnauthorized(ex))
            {
                TelegramLog.TokenRejected(logger);
                throw new TokenRejectedException();
            }

            var value = options.Value;
            if (value.Mode == TelegramMode.Polling)
            {
                await client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: cancellationToken);
            }
            else
            {
                await client.SetWebhook(value.WebhookUrl!, secretToken: value.WebhookSecret, cancellationToken: cancellationToken);
            }

            var commands = BotCommands.From(router.Commands);
            try
            {
                await client.SetMyCommands(commands, cancellationToken: cancellationToken);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 400)
            {
                // A command list Telegram refuses only costs the menu; answering must go on.
                TelegramLog.StartupDeferred(logger, "setMyCommands refused: " + bot.Redactor.Describe(ex));
            }

            _username = me.Username ?? me.FirstName;
            contact?.Connected();
            TelegramLog.Ready(logger, _username, value.Mode.ToString(), commands.Count);
        }
        finally
        {
            _gate.Release();
        }
    }
}
