using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefBot.Core.Subscriptions;

/// <summary>
/// The parts of <c>/subscribe [TOPIC ...] [at HH:MM] [in ZONE]</c>: the topic words, and the raw time and zone if given.
/// "at" and "in" count as keywords when they end the text or when what follows looks like a time or a zone
/// ("at 7", "in Europe/Berlin"), so a topic containing "in" still reads as a topic.
/// </summary>
public sealed partial record SubscribeArguments(IReadOnlyList<string> TopicWords, string? Time, string? Zone)
{
    public static SubscribeArguments Parse(string text)
    {
        var words = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var topicWords = new List<string>();
        string? time = null;
        string? zone = null;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Length ? words[i + 1] : null;
            var isLastPair = i + 2 == words.Length;
            if (word.Equals("at", StringComparison.OrdinalIgnoreCase) && time is null && (next is null || isLastPair || StartsWithDigit(next)))
            {
                time = next ?? string.Empty;
                i++;
            }
            else if (word.Equals("in", StringComparison.OrdinalIgnoreCase) && zone is null && (next is null || isLastPair || LooksLikeZone(next)))
            {
                zone = next ?? string.Empty;
                i++;
            }
            else
            {
                topicWords.Add(word);
            }
        }

        return new SubscribeArguments(topicWords, time, zone);
    }

    /// <summary>
    /// Reads "HH:MM" on a 24-hour clock ("7:30" and "07:30" both work). Digits may be any script's decimal digits
    /// ("٠٧:٣٠", "०७:३०", full-width "０７:３０"): they are read as the ASCII digits they stand for.
    /// </summary>
    public static bool TryParseTime(string text, out TimeOnly time)
    {
        time = default;
        var match = TimePattern().Match(AsciiDigits(text ?? string.Empty));
        if (!match.Success)
        {
            return false;
        }

        var hours = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minutes = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (hours > 23 || minutes > 59)
        {
            return false;
        }

        time = new TimeOnly(hours, minutes);
        return true;
    }

    private static bool StartsWithDigit(string word) => word.Length > 0 && char.IsDigit(word[0]);

    /// <summary>Turns every decimal digit of any script (Unicode category Nd, in the BMP) into its ASCII digit.</summary>
    private static string AsciiDigits(string text)
    {
        if (!text.Any(c => char.IsDigit(c) && !char.IsAsciiDigit(c)))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsDigit(c) && !char.IsAsciiDigit(c) ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)) : c;
            }
        });
    }

    private static bool LooksLikeZone(string word) =>
        word.Contains('/', StringComparison.Ordinal) || TimeZoneLookup.TryFind(word, out _);

    [GeneratedRegex(@"^([0-9]{1,2}):([0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
