using Microsoft.Extensions.Options;

namespace BriefBot.Storage;

/// <summary>Checks the "Storage" section at start from its data annotations, source-generated.</summary>
[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
