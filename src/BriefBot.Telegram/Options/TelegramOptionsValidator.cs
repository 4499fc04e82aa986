using Microsoft.Extensions.Options;

namespace BriefBot.Telegram.Options;

/// <summary>
/// Checks each key of the Telegram section at start (ValidateOnStart) from its data annotations, source-generated.
/// Each failure is a sentence naming the key; the token's value is never echoed.
/// </summary>
[OptionsValidator]
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>;
