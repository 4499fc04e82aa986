using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BriefBot.Telegram.Options;

/// <summary>What one key's annotation cannot say: the webhook keys, required in webhook mode, and admin ids that did not parse.</summary>
internal sealed partial class TelegramOptionsRules : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.InvalidAdminUserIds.Count > 0)
        {
            failures.Add("Telegram:AdminUserIds must be numeric Telegram user ids (ask @userinfobot for yours), separated by commas.");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            if (options.WebhookUrl is null || !Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var hook) || hook.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add("Telegram:WebhookUrl must be an absolute https URL when Telegram:Mode is Webhook (Telegram only posts to HTTPS).");
            }

            if (options.WebhookSecret is null || !SecretShape().IsMatch(options.WebhookSecret))
            {
                failures.Add("Telegram:WebhookSecret must be 1 to 256 characters of A-Z, a-z, 0-9, '_' or '-' when Telegram:Mode is Webhook.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
