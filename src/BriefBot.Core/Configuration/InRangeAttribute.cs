using System.ComponentModel.DataAnnotations;

namespace BriefBot.Core.Configuration;

/// <summary>
/// <see cref="RangeAttribute"/> for options checked by the source-generated [OptionsValidator]: the generator swaps a
/// plain [Range] for its own copy, which ignores ErrorMessage, and our messages name the configuration key.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InRangeAttribute : RangeAttribute
{
    public InRangeAttribute(int minimum, int maximum)
        : base(minimum, maximum)
    {
    }

    public InRangeAttribute(double minimum, double maximum)
        : base(minimum, maximum)
    {
    }

    public InRangeAttribute(Type type, string minimum, string maximum)
        : base(type, minimum, maximum)
    {
    }
}
