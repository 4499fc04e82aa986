namespace BriefBot.Discord.Configuration;

/// <summary>Discord ids are 64-bit unsigned integers sent as strings.</summary>
internal static class Snowflake
{
    public static bool IsValid(string? value) =>
        !string.IsNullOrWhiteSpace(value) && ulong.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
}
