namespace BriefBot.Core.Knowledge;

/// <summary>
/// Every paragraph that names an entity, as runs: one run per entity named there, with the sentences that name it in
/// order; and for each entity, its runs. Flat arrays, so the relation graph can walk one entity's paragraphs without a
/// table of every pair in the archive.
/// </summary>
internal sealed class CoMentions
{
    /// <summary>
    /// A paragraph naming more entities than this is a list (a roster, an index): being in it says little about how two
    /// of them relate, and weighing every pair would make the work grow with the square of its length.
    /// </summary>
    public const int MostEntitiesInAParagraph = 64;

    private readonly int[] _runEntity;
    private readonly int[] _runParagraph;
    private readonly int[] _runSentenceStart; // run r's sentences are _sentences[_runSentenceStart[r] .. _runSentenceStart[r + 1]]
    private readonly int[] _sentences;
    private readonly int[] _paragraphRunStart; // paragraph p's runs are _paragraphRunStart[p] .. _paragraphRunStart[p + 1]
    private readonly int[] _entityRunStart; // entity e's runs are _entityRuns[_entityRunStart[e] .. _entityRunStart[e + 1]]
    private readonly int[] _entityRuns;

    public CoMentions(IReadOnlyList<Entity> entities)
    {
        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var entity in entities)
        {
            count += entity.Mentions.Count;
        }

        // Sorted by paragraph, then entity, then sentence: each paragraph is one stretch, each run one stretch in it.
        var paragraphs = new long[count];
        var entitySentences = new long[count];
        var at = 0;
        for (var e = 0; e < entities.Count; e++)
        {
            foreach (var mention in entities[e].Mentions)
            {
                if (!articles.TryGetValue(mention.ArticleId, out var article))
                {
                    articles[mention.ArticleId] = article = articles.Count;
                }

                paragraphs[at] = ((long)article << 32) | (uint)mention.Paragraph;
                entitySentences[at++] = ((long)e << 32) | (uint)mention.Sentence;
            }
        }

        Array.Sort(paragraphs, entitySentences);
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && paragraphs[end] == paragraphs[start])
            {
                end++;
            }

            Array.Sort(entitySentences, start, end - start);
            start = end;
        }

        _sentences = new int[count];
        var runEntity = new List<int>();
        var runParagraph = new List<int>();
        var runSentenceStart = new List<int>();
        var paragraphRunStart = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var newParagraph = i == 0 || paragraphs[i] != paragraphs[i - 1];
            if (newParagraph)
            {
                paragraphRunStart.Add(runEntity.Count);
            }

            var entity = (int)(entitySentences[i] >> 32);
            if (newParagraph || entity != runEntity[^1])
            {
                runEntity.Add(entity);
                runParagraph.Add(paragraphRunStart.Count - 1);
                runSentenceStart.Add(i);
            }

            _sentences[i] = (int)entitySentences[i];
        }

        paragraphRunStart.Add(runEntity.Count);
        runSentenceStart.Add(count);
        _runEntity = [.. runEntity];
        _runParagraph = [.. runParagraph];
        _runSentenceStart = [.. runSentenceStart];
        _paragraphRunStart = [.. paragraphRunStart];
        (_entityRunStart, _entityRuns) = RunsByEntity(_runEntity, entities.Count);
    }

    /// <summary>Calls <paramref name="visit"/> with every other entity named in a paragraph with <paramref name="entity"/>, once per paragraph, and whether they also share a sentence there.</summary>
    public void ForEachNeighbour(int entity, Action<int, bool> visit)
    {
        for (var i = _entityRunStart[entity]; i < _entityRunStart[entity + 1]; i++)
        {
            var run = _entityRuns[i];
            var paragraph = _runParagraph[run];
            if (_paragraphRunStart[paragraph + 1] - _paragraphRunStart[paragraph] > MostEntitiesInAParagraph)
            {
                continue;
            }

            for (var other = _paragraphRunStart[paragraph]; other < _paragraphRunStart[paragraph + 1]; other++)
            {
                if (other != run)
                {
                    visit(_runEntity[other], ShareASentence(run, other));
                }
            }
        }
    }

    private bool ShareASentence(int a, int b)
    {
        int x = _runSentenceStart[a], xEnd = _runSentenceStart[a + 1];
        int y = _runSentenceStart[b], yEnd = _runSentenceStart[b + 1];
        while (x < xEnd && y < yEnd)
        {
            var (sa, sb) = (_sentences[x], _sentences[y]);
            if (sa == sb)
            {
                return true;
            }

            if (sa < sb)
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return false;
    }

    private static (int[] Start, int[] Runs) RunsByEntity(int[] runEntity, int entityCount)
    {
        var start = new int[entityCount + 1];
        foreach (var entity in runEntity)
        {
            start[entity + 1]++;
        }

        for (var e = 0; e < entityCount; e++)
        {
            start[e + 1] += start[e];
        }

        var next = start[..^1];
        var runs = new int[runEntity.Length];
        for (var r = 0; r < runEntity.Length; r++)
        {
            runs[next[runEntity[r]]++] = r;
        }

        return (start, runs);
    }
}
