using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BriefBot.Telegram.Options;

/// <summary>
/// Checks the Telegram section at start (ValidateOnStart). Each failure is a sentence naming the key;
/// the token's value is never echoed.
/// </summary>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Token is not null && !TokenShape().IsMatch(options.Token))
        {
            failures.Add("Telegram:Token is malformed: BotFather tokens look like '123456789:AA...' (digits, a colon, then letters, digits, '_' or '-').");
        }

        if (!IsHttpUrl(options.ApiBaseUrl))
        {
            failures.Add($"Telegram:ApiBaseUrl must be an absolute http or https URL, such as {TelegramOptions.PublicApiBaseUrl}.");
        }

        if (options.InvalidAdminUserIds.Count > 0)
        {
            failures.Add("Telegram:AdminUserIds must be numeric Telegram user ids (ask @userinfobot for yours), separated by commas.");
        }

        if (options.PollingTimeoutSeconds is < 1 or > 50)
        {
            failures.Add("Telegram:PollingTimeoutSeconds must be between 1 and 50.");
        }

        if (options.MaxBackoffSeconds < 1)
        {
            failures.Add("Telegram:MaxBackoffSeconds must be at least 1.");
        }

        if (string.IsNullOrWhiteSpace(options.OffsetPath))
        {
            failures.Add("Telegram:OffsetPath must name a file.");
        }

        ValidatePacing(options.Pacing, failures);
        ValidateSendingAndReceiving(options, failures);
        if (options.Mode == TelegramMode.Webhook)
        {
            ValidateWebhook(options, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSendingAndReceiving(TelegramOptions options, List<string> failures)
    {
        if (options.Sending.RequestTimeoutSeconds < 1)
        {
            failures.Add("Telegram:Sending:RequestTimeoutSeconds must be at least 1.");
        }

        if (options.Sending.RetryForSeconds < 0)
        {
            failures.Add("Telegram:Sending:RetryForSeconds must not be negative.");
        }

        if (options.Sending.MaxRetryDelaySeconds < 1)
        {
            failures.Add("Telegram:Sending:MaxRetryDelaySeconds must be at least 1.");
        }

        if (options.Receiving.MaxUpdatesPerChat < 1)
        {
            failures.Add("Telegram:Receiving:MaxUpdatesPerChat must be at least 1.");
        }

        if (options.Receiving.MaxUpdatesInFlight < 1)
        {
            failures.Add("Telegram:Receiving:MaxUpdatesInFlight must be at least 1.");
        }
    }

    private static void ValidatePacing(TelegramPacingOptions pacing, List<string> failures)
    {
        if (pacing.PerChatPerSecond < 1)
        {
            failures.Add("Telegram:Pacing:PerChatPerSecond must be at least 1.");
        }

        if (pacing.PerGroupPerMinute < 1)
        {
            failures.Add("Telegram:Pacing:PerGroupPerMinute must be at least 1.");
        }

        if (pacing.GlobalPerSecond < 1)
        {
            failures.Add("Telegram:Pacing:GlobalPerSecond must be at least 1.");
        }
    }

    private static void ValidateWebhook(TelegramOptions options, List<string> failures)
    {
        if (options.WebhookUrl is null || !Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var hook) || hook.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Telegram:WebhookUrl must be an absolute https URL when Telegram:Mode is Webhook (Telegram only posts to HTTPS).");
        }

        if (options.WebhookSecret is null || !SecretShape().IsMatch(options.WebhookSecret))
        {
            failures.Add("Telegram:WebhookSecret must be 1 to 256 characters of A-Z, a-z, 0-9, '_' or '-' when Telegram:Mode is Webhook.");
        }

        if (!IsHttpUrl(options.WebhookListenUrl))
        {
            failures.Add("Telegram:WebhookListenUrl must be an absolute http or https URL to listen on, such as http://127.0.0.1:8080.");
        }
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"^[0-9]{1,20}:[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
