using System.Text.RegularExpressions;
using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Text;

namespace BriefBot.Core.Briefings;

/// <summary>What a concept's briefing shows as its definition, and whether it defines or only shows use.</summary>
/// <param name="Defines">True for a sentence or clause that says what the term is; false for the best usage, labelled as such.</param>
/// <param name="From">The sentence it was taken from, when it is one of the articles' sentences.</param>
internal sealed record ShownDefinition(string Text, bool Defines, Sentence? From);

/// <summary>
/// Chooses, across every article mentioning a concept, the sentence or clause that says what the term is: a copular
/// definition ("X is a ...", "X refers to ..."), an appositive one ("X, the idea that ...", "X, in which ..."), "by X
/// I mean", or a colon after the term; then a sentence that describes something and names it X ("what they have termed
/// X"). Shorter, self-contained sentences win ties. Without one, the definition is the best usage, labelled as such.
/// </summary>
internal static partial class ConceptDefinition
{
    private const int Defining = 5;
    private const int Naming = 3;
    private const int LongSentenceWords = 45;

    // A term of art used in thousands of articles is defined, if anywhere, among its first uses in each: enough to read.
    private const int ScannedMentions = 150;

    public static ShownDefinition? Of(KnowledgeSnapshot snapshot, Entity entity, IReadOnlyList<ShownSentence> key)
    {
        if (entity.Kind != EntityKind.Concept)
        {
            return null;
        }

        var names = NamePattern(entity);
        (int Score, string Text, Sentence? From)? best = null;
        var seen = new HashSet<Mention>();
        foreach (var mention in entity.Mentions.Take(ScannedMentions))
        {
            if (!seen.Add(mention) || snapshot.SentenceAt(mention) is not { } sentence || !names.IsMatch(sentence.Text))
            {
                continue;
            }

            if (Judge(ShownText.Tidy(sentence.Text), names) is { } judged && (best is null || judged.Score > best.Value.Score))
            {
                best = (judged.Score, judged.Text, sentence);
            }
        }

        // The extractor's defining clause ("“X”: the practice by which ...") when it is a clause and not a whole sentence.
        if (entity.Definition is { Length: > 0 } extracted && ShownText.Tidy(extracted) is var clause && WordCount(clause) >= 4
            && (best is null || best.Value.Score < Defining + 1) && !IsMentionSentence(snapshot, entity, clause) && Clause(entity, clause) is { } readable)
        {
            best = (Defining + 1, readable, null);
        }

        if (best is { } found)
        {
            return new ShownDefinition(found.Text, true, found.From);
        }

        return key.Count > 0 ? new ShownDefinition(key[0].Text, false, key[0].Sentence) : null;
    }

    /// <summary>How well the sentence defines the term (higher is better), and the text to show; null when it only uses it.</summary>
    private static (int Score, string Text)? Judge(string sentence, Regex names)
    {
        var words = WordCount(sentence);
        if (words < 6)
        {
            return null;
        }

        var standsAlone = !StandAlone.OpensWithBackPointer(sentence);
        var lengthPenalty = Math.Max(0, words - LongSentenceWords) / 10;
        foreach (Match m in names.Matches(sentence))
        {
            var after = sentence[(m.Index + m.Length)..];
            var before = sentence[..m.Index];
            int score;
            if (DefiningAfter().IsMatch(after) || ByIMean().IsMatch(before) && IMean().IsMatch(after))
            {
                score = Defining;
            }
            else if (NamingBefore().IsMatch(before))
            {
                score = Naming;
            }
            else
            {
                continue;
            }

            if (standsAlone)
            {
                // A sentence that describes something and then names it reads best when the name ends it; one that
                // leans on "these experts" or "this axis" early on reads worse out of its paragraph.
                var endsWithTerm = score == Naming && after.Trim().TrimEnd('.', '!', '?', '”', '"', '’').Length == 0;
                return (score * 10 - lengthPenalty + (endsWithTerm ? 2 : 0) - (PointsBackEarly().IsMatch(sentence) ? 2 : 0), sentence);
            }

            // A definition inside a sentence that opens with a pronoun: shown from the term on, when it defines.
            var fromTerm = sentence[m.Index..];
            if (score == Defining && WordCount(fromTerm) >= 6)
            {
                return (score * 10 - lengthPenalty - 1, char.ToUpperInvariant(fromTerm[0]) + fromTerm[1..]);
            }
        }

        return null;
    }

    /// <summary>A clause the extractor found, made readable: "in which ..." becomes "X, in which ...".</summary>
    private static string? Clause(Entity entity, string clause)
    {
        var opening = clause.Split(' ', 2)[0].ToLowerInvariant();
        if (opening is "in" or "which" or "where" or "whereby" or "by" && ClauseOpening().IsMatch(clause))
        {
            return $"{entity.Name}, {char.ToLowerInvariant(clause[0])}{clause[1..]}";
        }

        return StandAlone.OpensWithBackPointer(clause) ? null : clause;
    }

    /// <summary>The concept's name and aliases, as whole words, in or out of quotation marks, hyphens and spaces alike.</summary>
    private static Regex NamePattern(Entity entity)
    {
        var alternatives = entity.Aliases.Prepend(entity.Name)
            .Where(n => n.Length > 0)
            .OrderByDescending(n => n.Length)
            .Select(n => string.Join(@"[\s\-]+", n.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)));
        return new Regex(
            $@"(?<![\w])[“""‘']?(?:{string.Join('|', alternatives)})[”""’']?(?![\w])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static bool IsMentionSentence(KnowledgeSnapshot snapshot, Entity entity, string text)
    {
        foreach (var mention in entity.Mentions.Take(ScannedMentions))
        {
            if (snapshot.SentenceAt(mention) is { } sentence && sentence.Text.Length >= text.Length && ShownText.Tidy(sentence.Text) == text)
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>After the term: "is a ...", "refers to", "means", ", the idea that", ", in which", ": ...", "— the ...".</summary>
    [GeneratedRegex(
        @"^\s*(?:(?:is|are|was|were)\s+(?:(?:best\s+|usually\s+|often\s+|simply\s+)?(?:a|an|the|one|when|where|what|how|that)\s|(?:defined|understood|described)\s+as\s)" +
        @"|(?:,\s*)?(?:refers?\s+to|means|meant|denotes|describes|signifies|stands\s+for)\s" +
        @"|[,(—–]\s*(?:(?:that\s+is|i\.e\.),?\s+)?(?:the|a|an)\s+(?:\w+\s+)?(?:idea|notion|belief|practice|view|concept|policy|principle|theory|doctrine|strategy|process|situation|condition|state|order|system|term|name)\s+(?:that|of|in\s+which|by\s+which|whereby|where)\s" +
        @"|,\s*(?:in\s+which|by\s+which|whereby|which\s+(?:means|refers|describes|denotes))\s" +
        @"|:\s+\S.{20,})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefiningAfter();

    /// <summary>"these experts", "this axis", "those talks" in the first words of a sentence.</summary>
    [GeneratedRegex(@"^(?:\S+\s+){0,7}?(?:this|these|those|such)\s+\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointsBackEarly();

    [GeneratedRegex(@"\bby\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByIMean();

    [GeneratedRegex(@"^\s*,?\s*(?:I|we|they|he|she|the\s+\w+)\s+(?:mean|means|meant)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IMean();

    /// <summary>Before the term: "what they have termed", "describing as", "known as", "so-called", "calls this".</summary>
    [GeneratedRegex(
        @"\b(?:termed|term|coined|dubbed|labell?ed|call(?:s|ed|ing)?(?:\s+(?:this|it|that))?|describ(?:e|es|ed|ing)\s+(?:\w+\s+)?as|refer(?:s|red)?\s+to\s+as|known\s+as|so-called|the\s+(?:idea|notion|concept)\s+of)\s+(?:the\s+|a\s+|an\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamingBefore();

    [GeneratedRegex(@"^(?:in\s+which|which|where|whereby|by\s+which)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseOpening();
}
