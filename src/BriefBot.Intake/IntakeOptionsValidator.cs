using Microsoft.Extensions.Options;

namespace BriefBot.Intake;

/// <summary>Checks the intake keys of the "Content" section at start from their data annotations, source-generated.</summary>
[OptionsValidator]
internal sealed partial class IntakeOptionsValidator : IValidateOptions<IntakeOptions>;
