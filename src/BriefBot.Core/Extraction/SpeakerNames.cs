using System.Buffers;
using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>
/// People recognised from how the sentence treats them, as speakers: "…, said Jane Doe", "Jane Doe said", "Mr Doe told
/// reporters", "according to Jane Doe". A name whose first word is no common given name is only a candidate
/// (<see cref="PersonHit.Unconfirmed"/>): "Marine Traffic said" is a firm, so such a name needs a second sighting.
/// </summary>
internal static class SpeakerNames
{
    private const string Verbs = @"(?:said|says|told|added|adds|wrote|writes|argued|argues|warned|warns|noted|notes|explained|explains|insisted|insists|stressed|asked|recalled|acknowledged|admitted|cautioned|predicted|conceded|tweeted|stated|declared|announced)";

    /// <summary>An optional title with a full stop ("Dr.", "Lt. Gen."), left off by <see cref="PersonFinder.Clean(string)"/>.</summary>
    private const string Title = @"(?:\p{Lu}\p{Ll}{0,4}\.?[ ]+){0,2}";

    private static readonly SearchValues<string> Cue = SearchValues.Create(
        ["said", "says", "told", "added", "adds", "wrote", "writes", "argued", "argues", "warned", "warns", "noted", "notes", "explained", "explains",
         "insisted", "insists", "stressed", "asked", "recalled", "acknowledged", "admitted", "cautioned", "predicted", "conceded", "tweeted",
         "stated", "declared", "announced", "according"], StringComparison.Ordinal);

    private static readonly CuedRegex After = new(new Regex(
        @"(?<![\p{L}\p{M}])(?:" + Verbs + @"|according[ ]+to)[ ]+(?<name>" + Title + Patterns.Name + @")(?![\p{L}\p{M}'’-])(?![ ]+(?:of|for|and)[ ]+\p{Lu})", Patterns.Options), text => text.AsSpan().ContainsAny(Cue));

    /// <summary>
    /// "Jane Doe said", "Jane Doe, who led the talks, said": the name is not the end of a longer capitalised phrase
    /// ("Secretary of State Jane Doe said" is found as an office), though it may follow a possessive ("Ruritania's Jane Doe said").
    /// It is read right to left from the end of one speech verb (\G, where the match starts), so it is tried once per verb
    /// rather than at every capital of the sentence.
    /// </summary>
    private static readonly Regex Before = new(
        @"(?<![\p{L}\p{M}'’.-])(?<!(?:\b(?:of|for|and|de|the)|\p{Lu}[\p{L}\p{M}.-]*)[ ]+)(?<name>" + Title + Patterns.Name +
        @")(?:[ ]*,[ ]*(?=\p{Ll})[^,;:“”""]{1,120},|[ ]*,)?[ ]*(?:has[ ]+|had[ ]+|also[ ]+|later[ ]+|then[ ]+)?" + Verbs + @"(?![\p{L}\p{M}])\G",
        Patterns.Options | RegexOptions.RightToLeft);

    private static readonly HashSet<string> VerbWords = new(Verbs[3..^1].Split('|'), StringComparer.Ordinal);

    private static readonly HashSet<string> Days = new(StringComparer.Ordinal) { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    public static void Find(SentenceView s, List<PersonHit> hits)
    {
        var text = s.Text;
        if (!After.MayMatch(text))
        {
            return; // the same cue gates the speakers before their verb
        }

        // Each search goes on after the name found, not after the verb: a rejected name ("Ruritania, Mr Doe said") may hide one.
        for (var m = After.Expression.Match(text); m.Success; m = After.Expression.Match(text, m.Groups["name"].Index + m.Groups["name"].Length))
        {
            Add(m.Groups["name"].Value, s, hits);
        }

        var lookup = VerbWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var taken = 0; // as a search from left to right would, a name is not found again inside the one before
        for (var at = text.AsSpan().IndexOfAny(Cue); at >= 0; at = NextCue(text, at))
        {
            var end = at;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (at > 0 && char.IsLetter(text[at - 1]) || !lookup.Contains(text.AsSpan(at, end - at)))
            {
                continue;
            }

            var m = Before.Match(text, end);
            if (m.Success && m.Groups["name"].Index >= taken)
            {
                Add(m.Groups["name"].Value, s, hits);
                taken = m.Groups["name"].Index + m.Groups["name"].Length;
            }
        }
    }

    private static int NextCue(string text, int at)
    {
        var next = at + 1 < text.Length ? text.AsSpan(at + 1).IndexOfAny(Cue) : -1;
        return next < 0 ? -1 : at + 1 + next;
    }

    private static void Add(string raw, SentenceView s, List<PersonHit> hits)
    {
        if (PersonFinder.Clean(raw) is not { } name || !LooksLikePerson(name))
        {
            return;
        }

        var titled = !raw.StartsWith(name, StringComparison.Ordinal);
        var twoWords = name.Contains(' ', StringComparison.Ordinal);
        if (!twoWords && !titled)
        {
            // A surname alone ("Doe said") counts only for a person named in full in the article: the merger decides.
            hits.Add(new PersonHit(name, [], false, s, Speaks: true, Unconfirmed: true));
            return;
        }

        hits.Add(new PersonHit(name, [], false, s, Speaks: true, Unconfirmed: twoWords && !titled && !PersonFinder.StartsWithGivenName(name)));
    }

    /// <summary>No word is a day, a state or its people, and the name has lower-case letters (not "UN", not "EU Commission").</summary>
    private static bool LooksLikePerson(string name)
    {
        foreach (var word in name.Split(' '))
        {
            if (Days.Contains(word) || Gazetteer.IsStateName(word) || word.Length > 1 && !word.Any(char.IsLower) && !word.EndsWith('.'))
            {
                return false;
            }
        }

        return true;
    }
}
