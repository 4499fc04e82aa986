using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Discord.Configuration;
using BriefBot.Discord.Rendering;
using BriefBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Answers interactions: slash commands and button presses through the command router (answered at once when
/// the reply is ready within the budget, otherwise deferred and then edited), autocomplete from the snapshot.
/// </summary>
internal sealed partial class InteractionResponder(
    CommandGate commands,
    ReplyRenderer renderer,
    ButtonCommandStore buttons,
    EntityCompleter completer,
    DiscordRestClient rest,
    AttachmentDownloads attachments,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionResponder> logger)
{
    private const int ChannelMessage = 4;
    private const int DeferredChannelMessage = 5;
    private const int DeferredUpdateMessage = 6;
    private const int UpdateMessage = 7;
    private const int AutocompleteResult = 8;
    private const int Ephemeral = 64;
    private const string Apology = "Something went wrong on our side. Please try again in a moment.";

    public Task RespondAsync(InteractionPayload interaction, CancellationToken cancellationToken) => interaction.Type switch
    {
        InteractionPayload.Command when interaction.Data?.Name is { Length: > 0 } =>
            RunCommandAsync(interaction, InteractionContextMapper.ToCommandText(interaction.Data), isButton: false, cancellationToken),
        InteractionPayload.Component => PressButtonAsync(interaction, cancellationToken),
        InteractionPayload.Autocomplete => AutocompleteAsync(interaction, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task PressButtonAsync(InteractionPayload interaction, CancellationToken cancellationToken)
    {
        var command = interaction.Data?.CustomId is { } id ? buttons.ToCommand(id) : null;
        if (command is null)
        {
            var expired = new DiscordMessage("That button has expired: please type the command again.", null, null) { Flags = Ephemeral };
            await CallbackAsync(interaction, new { type = ChannelMessage, data = expired }, cancellationToken).ConfigureAwait(false);
            return;
        }

        await RunCommandAsync(interaction, command, isButton: true, cancellationToken).ConfigureAwait(false);
    }

    private Task RunCommandAsync(InteractionPayload interaction, string text, bool isButton, CancellationToken cancellationToken)
    {
        var context = InteractionContextMapper.ToContext(interaction, options.Value);
        if (!isButton && interaction.Data?.Attachment is { } attachment)
        {
            context = context with { Document = new AttachmentDocument(attachments, attachment) };
        }

        return commands.RunAsync(text, context, replying => AnswerAsync(interaction, text, replying, isButton, cancellationToken), cancellationToken);
    }

    /// <returns>How it was answered, for the command's log line: "deferred" when the reply missed the budget.</returns>
    private async Task<string?> AnswerAsync(InteractionPayload interaction, string text, Task<Reply> replying, bool isButton, CancellationToken cancellationToken)
    {
        var safeReplying = SafelyAsync(replying, text);
        using var budgetCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var budget = Task.Delay(options.Value.ReplyBudget, time, budgetCancel.Token);
        var deferred = await Task.WhenAny(safeReplying, budget).ConfigureAwait(false) != safeReplying;
        await budgetCancel.CancelAsync().ConfigureAwait(false);

        if (deferred)
        {
            await CallbackAsync(interaction, new { type = isButton ? DeferredUpdateMessage : DeferredChannelMessage }, cancellationToken).ConfigureAwait(false);
        }

        var reply = await safeReplying.ConfigureAwait(false);
        var messages = renderer.Render(reply);
        if (!deferred && reply.Status is ReplyStatus.RateLimited or ReplyStatus.Silenced)
        {
            // Discord shows "did not respond" to an unanswered interaction, so even a silenced user gets a note only they see.
            await CallbackAsync(interaction, new { type = ChannelMessage, data = messages[0] with { Flags = Ephemeral } }, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (deferred)
        {
            var edit = await rest.PatchAsync(
                $"webhooks/{interaction.ApplicationId}/{interaction.Token}/messages/@original",
                messages[0].AsReplacement(),
                cancellationToken,
                DiscordRestClient.DeliveryRetryWindow).ConfigureAwait(false);
            if (!edit.IsSuccess)
            {
                LogEditFailed(logger, edit.ErrorSummary);
            }
        }
        else
        {
            var data = isButton ? messages[0].AsReplacement() : messages[0];
            await CallbackAsync(interaction, new { type = isButton ? UpdateMessage : ChannelMessage, data }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var followUp in messages.Skip(1))
        {
            var sent = await rest.PostAsync($"webhooks/{interaction.ApplicationId}/{interaction.Token}", followUp, cancellationToken).ConfigureAwait(false);
            if (!sent.IsSuccess)
            {
                LogEditFailed(logger, sent.ErrorSummary);
                break;
            }
        }

        return deferred ? "deferred" : null;
    }

    private async Task<Reply> SafelyAsync(Task<Reply> replying, string text)
    {
        try
        {
            return await replying.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRouterFailed(logger, ex, text.Split(' ', 2)[0]);
            return Reply.Text(ReplyStatus.Failed, Apology);
        }
    }

    private async Task AutocompleteAsync(InteractionPayload interaction, CancellationToken cancellationToken)
    {
        var focused = interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true);
        var handler = commands.Commands.FirstOrDefault(c => string.Equals(c.Name, interaction.Data?.Name, StringComparison.Ordinal));
        var names = focused is not null && handler?.Argument.Completes is { } kind
            ? completer.Complete(kind, focused.Text, DiscordLimits.AutocompleteChoices)
            : [];
        var choices = names.Select(n => TextSplitter.Truncate(n, DiscordLimits.ChoiceText)).Select(n => new { name = n, value = n }).ToList();
        await CallbackAsync(interaction, new { type = AutocompleteResult, data = new { choices } }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// After a failure anywhere in answering: the apology only the asker sees, or, when the interaction was already
    /// acknowledged (deferred), the apology in place of the original; an autocomplete gets no choices.
    /// </summary>
    public async Task ApologiseAsync(InteractionPayload interaction, CancellationToken cancellationToken)
    {
        if (interaction.Type == InteractionPayload.Autocomplete)
        {
            await CallbackAsync(interaction, new { type = AutocompleteResult, data = new { choices = Array.Empty<object>() } }, cancellationToken).ConfigureAwait(false);
            return;
        }

        var apology = new DiscordMessage(Apology, null, null) { Flags = Ephemeral };
        var response = await rest.PostAsync(
            $"interactions/{interaction.Id}/{interaction.Token}/callback", new { type = ChannelMessage, data = apology }, cancellationToken, DiscordRestClient.CallbackRetryWindow).ConfigureAwait(false);
        if (response.IsAlreadyAcknowledged)
        {
            response = await rest.PatchAsync(
                $"webhooks/{interaction.ApplicationId}/{interaction.Token}/messages/@original", apology.AsReplacement(), cancellationToken).ConfigureAwait(false);
        }

        if (!response.IsSuccess)
        {
            LogCallbackFailed(logger, interaction.Id, response.ErrorSummary);
        }
    }

    private async Task CallbackAsync(InteractionPayload interaction, object body, CancellationToken cancellationToken)
    {
        // A repeated callback is refused (40060), never shown twice, so it is safe to retry within Discord's 3 s.
        var response = await rest.PostAsync(
            $"interactions/{interaction.Id}/{interaction.Token}/callback", body, cancellationToken, DiscordRestClient.CallbackRetryWindow).ConfigureAwait(false);
        if (!response.IsSuccess && !response.IsAlreadyAcknowledged)
        {
            LogCallbackFailed(logger, interaction.Id, response.ErrorSummary);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord refused the answer to interaction {InteractionId}: {Reason}")]
    private static partial void LogCallbackFailed(ILogger logger, string interactionId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord refused an interaction follow-up: {Reason}")]
    private static partial void LogEditFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The command router failed on {Command}")]
    private static partial void LogRouterFailed(ILogger logger, Exception exception, string command);
}
