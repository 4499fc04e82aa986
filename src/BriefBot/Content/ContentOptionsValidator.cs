using Microsoft.Extensions.Options;

namespace BriefBot.Content;

/// <summary>Checks the "Content" section's folder keys at start from their data annotations, source-generated.</summary>
[OptionsValidator]
internal sealed partial class ContentOptionsValidator : IValidateOptions<ContentOptions>;
