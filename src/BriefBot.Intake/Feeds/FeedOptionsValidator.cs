using Microsoft.Extensions.Options;

namespace BriefBot.Intake.Feeds;

/// <summary>Checks the "Feeds" section at start from its data annotations, source-generated.</summary>
[OptionsValidator]
internal sealed partial class FeedOptionsValidator : IValidateOptions<FeedOptions>;

/// <summary>What no one key's annotation can say: a feed backs off no less than its poll interval.</summary>
internal sealed class FeedBackoffRule : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options) =>
        options.MaxBackoff < options.PollInterval ? ValidateOptionsResult.Fail(FeedOptions.MaxBackoffMessage) : ValidateOptionsResult.Success;
}
