using Microsoft.Extensions.Options;

namespace BriefBot.Digests;

/// <summary>Checks the "Digest" section at start from its data annotations, source-generated.</summary>
[OptionsValidator]
internal sealed partial class DigestOptionsValidator : IValidateOptions<DigestOptions>;
