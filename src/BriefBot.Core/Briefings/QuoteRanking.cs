using BriefBot.Core.Knowledge;
using BriefBot.Core.Text;

namespace BriefBot.Core.Briefings;

/// <summary>
/// An expert's quotations as a briefing shows them: the most informative full sentences first (a capital, an end mark,
/// more words), fragments ("of the organisation's solidity") last, and none that opens with a pronoun or connective the
/// reader cannot follow.
/// </summary>
internal static class QuoteRanking
{
    private const int FullSentenceWords = 8;
    private const int InformativeWords = 40;

    public static IReadOnlyList<string> Shown(IReadOnlyList<Quote> quotes, int count)
    {
        var ranked = new List<(string Text, int Rank, int Words, int Order)>(quotes.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < quotes.Count; i++)
        {
            var text = ShownText.Tidy(quotes[i].Text);
            if (text.Length == 0 || StandAlone.OpensWithBackPointer(text) || !seen.Add(TextFolding.Fold(text)))
            {
                continue;
            }

            var words = text.Split(' ').Length;
            ranked.Add((text, Rank(text, words), Math.Min(words, InformativeWords), i));
        }

        ranked.Sort((a, b) => a.Rank != b.Rank ? b.Rank.CompareTo(a.Rank) : a.Words != b.Words ? b.Words.CompareTo(a.Words) : a.Order.CompareTo(b.Order));

        // A quotation held whole in one shown before it is not shown again.
        var shown = new List<string>(count);
        var folded = new List<string>(count);
        foreach (var (text, _, _, _) in ranked)
        {
            var key = TextFolding.Fold(text);
            if (folded.Exists(f => f.Contains(key, StringComparison.Ordinal)))
            {
                continue;
            }

            shown.Add(text);
            folded.Add(key);
            if (shown.Count == count)
            {
                break;
            }
        }

        return shown;
    }

    /// <summary>Words that open a piece of a sentence, not a sentence ("of the ...", "whether ...", "to ...").</summary>
    private static readonly HashSet<string> FragmentOpenings = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "whether", "that", "to", "and", "but", "or", "which", "who", "for", "in", "on", "with", "by", "as", "at", "from", "than", "if",
    };

    /// <summary>Verbs that show a clause has its own subject and tense ("... does not promote trust.").</summary>
    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will", "would", "can", "could", "should", "must", "may", "might", "shall",
    };

    /// <summary>3: a full sentence with its capital; 2: a full clause quoted from mid-sentence; 1: starts like a sentence or is a long predicate; 0: a fragment.</summary>
    private static int Rank(string text, int words)
    {
        var first = text.TrimStart('“', '"', '‘', '\'', '(');
        var capital = first.Length > 0 && char.IsUpper(first[0]);
        var last = text.TrimEnd('”', '"', '’', '\'', ')');
        var ends = last.Length > 0 && last[^1] is '.' or '!' or '?';
        var opening = first.Split(' ', 2)[0];
        return !ends || words < FullSentenceWords ? (capital ? 1 : 0)
            : capital ? 3
            : FragmentOpenings.Contains(opening) ? 0
            : first.Split(' ').Skip(1).Any(w => FiniteVerbs.Contains(w.Trim(',', ';'))) ? 2 : 1;
    }
}
