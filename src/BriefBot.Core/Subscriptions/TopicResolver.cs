using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Text;

namespace BriefBot.Core.Subscriptions;

/// <summary>
/// Turns the topic words of <c>/subscribe</c> into entities with the snapshot's <see cref="EntityMatcher"/> (the same
/// matching as <c>/actor</c> and <c>/concept</c>: case, accents, aliases, parts of names, small typos).
/// Commas separate topics; without commas the longest run of words that names one entity wins, so
/// "soft power Russia" is two topics. A lone "and" between topics is skipped.
/// </summary>
public static class TopicResolver
{
    private const int LongestName = 8;

    public static TopicResolution Resolve(IReadOnlyList<string> words, KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(snapshot);
        var found = new List<Entity>();
        var problems = new List<TopicProblem>();
        var chunks = string.Join(' ', words).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var chunk in chunks)
        {
            ResolveChunk(chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries), snapshot.Matcher, found, problems);
        }

        return new TopicResolution(found, problems);
    }

    private static void ResolveChunk(string[] words, EntityMatcher matcher, List<Entity> found, List<TopicProblem> problems)
    {
        var pending = new List<string>();
        var position = 0;
        while (position < words.Length)
        {
            var (entity, length, ambiguous) = LongestMatch(words, position, matcher);
            if (entity is not null)
            {
                Flush(pending, matcher, problems);
                if (!found.Contains(entity))
                {
                    found.Add(entity);
                }

                position += length;
                continue;
            }

            if (ambiguous is not null)
            {
                Flush(pending, matcher, problems);
                problems.Add(new TopicProblem(words[position], ambiguous.Candidates, IsAmbiguous: true));
            }
            else if (!IsConnector(words[position]))
            {
                pending.Add(words[position]);
            }

            position++;
        }

        Flush(pending, matcher, problems);
    }

    private static (Entity? Entity, int Length, MatchResult? Ambiguous) LongestMatch(string[] words, int start, EntityMatcher matcher)
    {
        MatchResult? ambiguous = null;
        for (var length = Math.Min(LongestName, words.Length - start); length >= 1; length--)
        {
            var result = matcher.Match(string.Join(' ', words, start, length), kind: null);
            if (result.Entity is { } entity)
            {
                return (entity, length, null);
            }

            if (length == 1 && result.Outcome == MatchOutcome.Ambiguous)
            {
                ambiguous = result;
            }
        }

        return (null, 0, ambiguous);
    }

    private static void Flush(List<string> pending, EntityMatcher matcher, List<TopicProblem> problems)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var text = string.Join(' ', pending);
        problems.Add(new TopicProblem(text, matcher.Match(text, kind: null).Candidates, IsAmbiguous: false));
        pending.Clear();
    }

    private static bool IsConnector(string word) =>
        word is "&" || word.Equals("and", StringComparison.OrdinalIgnoreCase);
}

/// <param name="Topics">Entities found, in the order given.</param>
/// <param name="Problems">Words that named no entity, or more than one.</param>
public sealed record TopicResolution(IReadOnlyList<Entity> Topics, IReadOnlyList<TopicProblem> Problems)
{
    public bool Ok => Problems.Count == 0;

    /// <summary>One sentence per problem, with what the user may have meant.</summary>
    public string Describe() => string.Join(' ', Problems.Select(p => p.Describe()));
}

/// <param name="Candidates">For an ambiguous word, the entities it could mean; otherwise the nearest suggestions.</param>
public sealed record TopicProblem(string Text, IReadOnlyList<Entity> Candidates, bool IsAmbiguous)
{
    public string Describe()
    {
        var names = Candidates.Take(4).Select(c => c.Name).ToList();
        var list = names.Count switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " or " + names[^1],
        };
        if (IsAmbiguous)
        {
            return $"\"{TypedText.Quote(Text)}\" could mean {list}: name one.";
        }

        return names.Count == 0 ? $"I do not know the topic \"{TypedText.Quote(Text)}\"." : $"I do not know the topic \"{TypedText.Quote(Text)}\" (did you mean {list}?).";
    }
}
