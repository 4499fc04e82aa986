namespace BriefBot.Core.Extraction;

/// <summary>
/// Whether an acronym abbreviates a name: its letters, in order, are the beginnings of the name's words, each word giving
/// one to three letters ("ECOWAS": <b>Eco</b>nomic <b>Co</b>mmunity of <b>W</b>est <b>A</b>frican <b>S</b>tates), the
/// little words ("of", "the", "and", "for") giving their first letter or nothing, and the parts of a hyphenated word
/// counting as words ("APEC": <b>A</b>sia-<b>P</b>acific <b>E</b>conomic <b>C</b>ooperation).
/// </summary>
internal static class AcronymFit
{
    private static readonly HashSet<string> LittleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "&", "for", "on", "in", "de", "du", "des", "la", "le", "del", "für", "y", "et", "to", "at",
    };

    /// <summary>Whether <paramref name="acronym"/> (two letters or more) abbreviates <paramref name="name"/> (two words or more).</summary>
    public static bool Fits(string acronym, string name) => Fit(acronym, name, 3);

    /// <summary>Whether each word of <paramref name="name"/> gives exactly one letter of <paramref name="acronym"/> ("WTO", not "ECOWAS").</summary>
    public static bool FitsByInitials(string acronym, string name) => Fit(acronym, name, 1);

    /// <summary>The first letters of the words of <paramref name="name"/> that are not little words, in capitals.</summary>
    /// <remarks>Every acronym that fits the name holds these letters in this order: a cheap test before <see cref="Fits"/>.</remarks>
    public static string Initials(string name) =>
        new(Words(name).Where(w => !LittleWords.Contains(w)).Select(w => char.ToUpperInvariant(w[0])).ToArray());

    /// <summary>Whether the letters of <paramref name="initials"/> appear in <paramref name="acronym"/> in order, the first first.</summary>
    public static bool MayFit(string acronym, string initials)
    {
        if (initials.Length == 0 || initials.Length > acronym.Length || char.ToUpperInvariant(acronym[0]) != initials[0])
        {
            return false;
        }

        var k = 0;
        foreach (var c in acronym)
        {
            if (k < initials.Length && char.ToUpperInvariant(c) == initials[k])
            {
                k++;
            }
        }

        return k == initials.Length;
    }

    /// <summary>How many words <paramref name="name"/> has that are not little words.</summary>
    public static int ContentWords(string name) => Words(name).Count(w => !LittleWords.Contains(w));

    private static bool Fit(string acronym, string name, int mostPerWord)
    {
        var letters = new string(acronym.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray());
        var words = Words(name);
        var content = words.Count(w => !LittleWords.Contains(w));
        return letters.Length >= 2 && content >= 2 && content <= letters.Length && Match(words, 0, letters, 0, mostPerWord);
    }

    private static string[] Words(string name) =>
        name.Split([' ', '-', '‑'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w.TrimEnd('\'', '’'))
            .Where(w => w.Length > 0)
            .ToArray();

    private static bool Match(string[] words, int w, string letters, int k, int mostPerWord)
    {
        if (w == words.Length)
        {
            return k == letters.Length;
        }

        var word = words[w];
        if (LittleWords.Contains(word) && Match(words, w + 1, letters, k, mostPerWord))
        {
            return true; // a little word gives nothing
        }

        if (!char.IsLetterOrDigit(word[0]))
        {
            return false;
        }

        var most = LittleWords.Contains(word) ? 1 : Math.Min(mostPerWord, word.Length);
        for (var take = 1; take <= most && k + take <= letters.Length; take++)
        {
            if (char.ToUpperInvariant(word[take - 1]) != letters[k + take - 1])
            {
                return false;
            }

            if (Match(words, w + 1, letters, k + take, mostPerWord))
            {
                return true;
            }
        }

        return false;
    }
}
