using System.Globalization;
using System.Text;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Subscriptions;

/// <summary>
/// Turns the topic words of <c>/subscribe</c> into entities of the snapshot: the longest run of words that equals
/// an entity's name or alias (ignoring case and accents) wins, so "soft power Russia" is two topics.
/// Commas may separate topics; a lone "and" between topics is skipped.
/// </summary>
public static class TopicResolver
{
    private const int LongestName = 8;

    public static TopicResolution Resolve(IReadOnlyList<string> words, KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(snapshot);
        var index = BuildIndex(snapshot);
        var tokens = words
            .SelectMany(w => w.Split(',', StringSplitOptions.TrimEntries).Select((part, i) => (part, breakBefore: i > 0)))
            .ToList();

        var found = new List<Entity>();
        var unknown = new List<string>();
        var pendingUnknown = new List<string>();
        var position = 0;
        while (position < tokens.Count)
        {
            if (tokens[position].part.Length == 0)
            {
                position++;
                continue;
            }

            var match = LongestMatch(tokens, position, index);
            if (match is { } m)
            {
                FlushUnknown(pendingUnknown, unknown);
                if (!found.Contains(m.Entity))
                {
                    found.Add(m.Entity);
                }

                position += m.Length;
                continue;
            }

            var word = tokens[position].part;
            if (tokens[position].breakBefore)
            {
                FlushUnknown(pendingUnknown, unknown);
            }

            if (!IsConnector(word))
            {
                pendingUnknown.Add(word);
            }

            position++;
        }

        FlushUnknown(pendingUnknown, unknown);
        return new TopicResolution(found, unknown);
    }

    /// <summary>Lower-case, accents removed, inner whitespace collapsed.</summary>
    public static string Fold(string text)
    {
        var decomposed = (text ?? string.Empty).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }

    private static bool IsConnector(string word) =>
        word is "&" || word.Equals("and", StringComparison.OrdinalIgnoreCase);

    private static void FlushUnknown(List<string> pending, List<string> unknown)
    {
        if (pending.Count > 0)
        {
            unknown.Add(string.Join(' ', pending));
            pending.Clear();
        }
    }

    private static (Entity Entity, int Length)? LongestMatch(List<(string part, bool breakBefore)> tokens, int start, Dictionary<string, Entity> index)
    {
        for (var length = Math.Min(LongestName, tokens.Count - start); length >= 1; length--)
        {
            // A comma ends a topic: never match across one.
            if (Enumerable.Range(start + 1, length - 1).Any(i => tokens[i].breakBefore))
            {
                continue;
            }

            var phrase = Fold(string.Join(' ', tokens.Skip(start).Take(length).Select(t => t.part)));
            if (index.TryGetValue(phrase, out var entity))
            {
                return (entity, length);
            }
        }

        return null;
    }

    private static Dictionary<string, Entity> BuildIndex(KnowledgeSnapshot snapshot)
    {
        var index = new Dictionary<string, Entity>(StringComparer.Ordinal);
        // Most-mentioned first, so a name two entities share goes to the better-known one; names beat aliases.
        var ordered = snapshot.Entities.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        foreach (var entity in ordered)
        {
            index.TryAdd(Fold(entity.Name), entity);
        }

        foreach (var entity in ordered)
        {
            foreach (var alias in entity.Aliases)
            {
                index.TryAdd(Fold(alias), entity);
            }
        }

        index.Remove(string.Empty);
        return index;
    }
}

/// <param name="Topics">Entities found, in the order given.</param>
/// <param name="Unknown">Runs of words that matched nothing, as typed.</param>
public sealed record TopicResolution(IReadOnlyList<Entity> Topics, IReadOnlyList<string> Unknown);
