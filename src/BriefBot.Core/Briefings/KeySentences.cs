using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Text;

namespace BriefBot.Core.Briefings;

/// <summary>
/// The most informative sentences on an entity, best first: LexRank over the sentences that mention it,
/// skipping any that repeat its definition and any a reader could not follow out of its paragraph (<see cref="ReadableSentence"/>).
/// </summary>
internal static class KeySentences
{
    private const int MaxCandidates = 60;

    public static IReadOnlyList<ShownSentence> Of(KnowledgeSnapshot snapshot, Entity entity, int count)
    {
        var definition = entity.Definition is null ? null : TextFolding.Fold(entity.Definition);
        var fullName = TextFolding.Fold(entity.Name);
        var spread = Candidates(snapshot, entity);
        var kept = new List<ShownSentence>(spread.Count);
        var texts = new List<string>(spread.Count);
        var boosts = new List<double>(spread.Count);
        foreach (var sentence in spread)
        {
            if (ReadableSentence.Of(snapshot, sentence) is not { } shown)
            {
                continue;
            }

            var folded = TextFolding.Fold(sentence.Text);
            // A clause the extractor took as the definition is not repeated inside its sentence; a whole sentence taken as
            // one is left to the briefing, which shows it once (ConceptDefinition).
            if (definition is not null && folded.Length != definition.Length && folded.Contains(definition, StringComparison.Ordinal))
            {
                continue;
            }

            // Naming the entity in full helps; a lead-in to a list ("... in May 2019:") says little on its own.
            var boost = (folded.Contains(fullName, StringComparison.Ordinal) ? 1.25 : 1.0) *
                        (sentence.Text.AsSpan().TrimEnd().EndsWith(':') ? 0.6 : 1.0);
            kept.Add(new ShownSentence(sentence, shown));
            texts.Add(shown);
            boosts.Add(boost);
        }

        var chosen = SentenceRanker.Rank(texts, snapshot.Index, boosts, count);
        var result = new ShownSentence[chosen.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = kept[chosen[i]];
        }

        return result;
    }

    /// <summary>
    /// The sentences that mention the entity, of a readable length. A very frequent entity keeps a spread:
    /// a few sentences from each of its most mentioning articles, so LexRank stays cheap.
    /// </summary>
    private static List<Sentence> Candidates(KnowledgeSnapshot snapshot, Entity entity)
    {
        var citations = snapshot.Remember("citation-places", () => snapshot.Readings.Select(r => r.Where).ToHashSet());
        var seen = new HashSet<Mention>();
        var sentences = new List<Sentence>();
        foreach (var mention in entity.Mentions)
        {
            if (!seen.Add(mention) || citations.Contains(mention) || snapshot.SentenceAt(mention) is not { } sentence)
            {
                continue;
            }

            if (WordCount(sentence.Text) is >= 6 and <= 80 && EndsLikeASentence(sentence.Text))
            {
                sentences.Add(sentence);
            }
        }

        return sentences.Count <= MaxCandidates ? sentences : Spread(sentences);
    }

    /// <summary>Round robin over the articles, those with the most candidates first.</summary>
    private static List<Sentence> Spread(List<Sentence> sentences)
    {
        var byArticle = new Dictionary<string, Queue<Sentence>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            if (!byArticle.TryGetValue(sentence.ArticleId, out var queue))
            {
                byArticle[sentence.ArticleId] = queue = new Queue<Sentence>();
            }

            queue.Enqueue(sentence);
        }

        var queues = new List<KeyValuePair<string, Queue<Sentence>>>(byArticle);
        queues.Sort((a, b) => a.Value.Count != b.Value.Count ? b.Value.Count.CompareTo(a.Value.Count) : string.CompareOrdinal(a.Key, b.Key));
        var spread = new List<Sentence>(MaxCandidates);
        while (spread.Count < MaxCandidates)
        {
            var added = false;
            foreach (var (_, queue) in queues)
            {
                if (queue.TryDequeue(out var sentence))
                {
                    spread.Add(sentence);
                    added = true;
                    if (spread.Count == MaxCandidates)
                    {
                        break;
                    }
                }
            }

            if (!added)
            {
                break;
            }
        }

        return spread;
    }

    /// <summary>Headings and list lines end without punctuation; a sentence ends with . ! ? or : (quotes aside).</summary>
    private static bool EndsLikeASentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd().TrimEnd("\"”’') ");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':' or ';';
    }

    /// <summary>Words as separated by spaces (what splitting on ' ' and dropping empty parts would count).</summary>
    private static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
            }
        }

        return words;
    }
}

/// <summary>A sentence of the articles and its text as shown (tidied, an opening pronoun resolved).</summary>
internal sealed record ShownSentence(Sentence Sentence, string Text);
