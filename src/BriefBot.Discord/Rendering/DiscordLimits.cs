namespace BriefBot.Discord.Rendering;

/// <summary>Discord's message limits (API v10).</summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int EmbedTotal = 6000;
    public const int ButtonsPerRow = 5;
    public const int Rows = 5;
    public const int ButtonLabel = 80;
    public const int CustomId = 100;
    public const int AutocompleteChoices = 25;
    public const int ChoiceText = 100;
    public const int Nonce = 25;
}
