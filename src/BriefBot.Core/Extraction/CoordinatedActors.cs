using System.Buffers;
using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>
/// A group named by one capitalised word is an actor when the sentence lists it beside a government or an army: "the
/// Rovers, the Freedonian government and its allies", "the Freedonian army and the Rovers".
/// </summary>
internal static partial class CoordinatedActors
{
    private const string Body = @"(?:government|army|military|armed forces|forces|authorities|regime|troops|police)";

    [GeneratedRegex(@"\bthe[ ]+(?<name>\p{Lu}\p{Ll}+)[ ]*,[ ]*(?:and[ ]+)?the[ ]+(?:\p{Lu}[\p{L}-]+[ ]+)?" + Body + @"\b|" +
                    @"\bthe[ ]+(?:\p{Lu}[\p{L}-]+[ ]+)?" + Body + @"[ ]*,?[ ]+and[ ]+the[ ]+(?<name>\p{Lu}\p{Ll}+)\b(?![ ]+\p{Lu})")]
    private static partial Regex NextToABodyExpression();

    private static readonly SearchValues<string> Bodies = SearchValues.Create(
        [" government", " army", " military", " forces", " authorities", " regime", " troops", " police"], StringComparison.Ordinal);

    private static readonly CuedRegex NextToABody = new(NextToABodyExpression(), text => text.Contains("the ", StringComparison.Ordinal) && text.AsSpan().ContainsAny(Bodies));

    private static readonly HashSet<string> Compass = new(StringComparer.Ordinal)
    {
        "West", "East", "North", "South", "Middle", "Far", "Near", "Centre", "Center", "Left", "Right", "Gulf", "Internet", "Web",
    };

    /// <summary>The one-word groups listed beside a government or an army in <paramref name="text"/>.</summary>
    public static IEnumerable<string> In(string text)
    {
        for (var m = NextToABody.Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"].Value;
            if (!Gazetteer.IsStateName(name) && !Words.NeverNameStart.Contains(name) && !Words.GivenNames.Contains(name) &&
                !Words.Honorifics.Contains(name) && !Words.OfficeWords.Contains(name) && !Compass.Contains(name) && !OrganisationNameEdges.IsDayName(name))
            {
                yield return name;
            }
        }
    }
}
