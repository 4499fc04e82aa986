using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Configuration;

/// <summary>Checks each key of the "Discord" section at start-up from its data annotations, source-generated; no failure shows the token's value.</summary>
[OptionsValidator]
internal sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>;
