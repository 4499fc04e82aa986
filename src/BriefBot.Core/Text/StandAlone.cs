namespace BriefBot.Core.Text;

/// <summary>
/// Whether a sentence can be read on its own, out of its paragraph: it does not open with a pronoun or a connective
/// that points back at what came before ("He", "This", "However,", "After all,").
/// </summary>
public static class StandAlone
{
    /// <summary>Words that, opening a sentence, point back at a sentence the reader has not seen.</summary>
    private static readonly HashSet<string> BackPointers = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "this", "that", "these", "those", "his", "her", "their", "its", "him", "them",
        "however", "but", "and", "also", "moreover", "furthermore", "thus", "therefore", "hence", "yet", "still",
        "instead", "meanwhile", "indeed", "such", "then", "so", "or", "nor", "similarly", "likewise", "nevertheless",
        "nonetheless", "besides", "otherwise", "consequently", "accordingly", "additionally", "again", "here", "there",
        "thereby", "whereas", "which", "who", "whom", "whose", "latter", "former",
    };

    /// <summary>Openings of more than one word that point back ("After all,", "In addition").</summary>
    private static readonly string[] BackPointingPhrases =
    [
        "after all", "in addition", "as a result", "at the same time", "on the other hand", "in turn", "as such",
        "for this reason", "to begin with", "in other words", "on top of that", "even so", "as for this", "as well as",
        "the latter", "the former", "the same", "in this ", "in that ", "to this end", "by contrast", "in contrast",
        "for his part", "for her part", "for their part", "that said", "what is more", "not only that",
    ];

    /// <summary>Verbs after which an opening "It" or "There" is a placeholder ("It is clear that ...").</summary>
    private static readonly HashSet<string> PlaceholderVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "has", "had", "can", "could", "may", "might", "must", "will", "would", "should", "seems", "seemed",
        "appears", "appeared", "remains", "remained", "'s", "’s",
    };

    /// <summary>The personal pronouns a briefing can resolve to a person named just before ("He [Jane Doe] argues ...").</summary>
    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.Ordinal) { "He", "She", "His", "Her" };

    /// <summary>True when the text opens with a pronoun or connective that needs an earlier sentence to be understood.</summary>
    public static bool OpensWithBackPointer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = OpeningWords(text, 8);
        if (words.Count == 0)
        {
            return false;
        }

        var first = words[0];
        if (first is "It" or "it" && IsPlaceholderIt(words))
        {
            return false;
        }

        if (first is "There" or "there" && words.Count > 1 && (PlaceholderVerbs.Contains(words[1]) || words[1] is "are" or "were" or "have"))
        {
            return false;
        }

        if (first is "That" or "that" && words.Count > 1 && words[1] is "is" or "was" && words.Count > 2 && words[2] is "why" or "how" or "because")
        {
            return true;
        }

        if (BackPointers.Contains(first))
        {
            return true;
        }

        var opening = string.Join(' ', words).ToLowerInvariant() + " ";
        foreach (var phrase in BackPointingPhrases)
        {
            if (opening.StartsWith(phrase.EndsWith(' ') ? phrase : phrase + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The opening personal pronoun ("He", "She", "His", "Her") when the text starts with one, else null.</summary>
    public static string? OpeningPersonalPronoun(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = OpeningWords(text, 1);
        return words.Count == 1 && PersonalPronouns.Contains(words[0]) ? words[0] : null;
    }

    /// <summary>"He argues ..." → "[Jane Doe] argues ...", "His view ..." → "[Jane Doe’s] view ...": the opening pronoun replaced by who it stands for, in brackets.</summary>
    public static string ResolveOpeningPronoun(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = text.TrimStart();
        var pronoun = OpeningPersonalPronoun(trimmed);
        return pronoun switch
        {
            null => text,
            "His" or "Her" => $"[{name}’s]{trimmed[pronoun.Length..]}",
            _ => $"[{name}]{trimmed[pronoun.Length..]}",
        };
    }

    /// <summary>"It is clear that ...", "It may be that ...", "It has been argued that ...": no earlier sentence needed.</summary>
    private static bool IsPlaceholderIt(List<string> words)
    {
        if (words.Count < 3 || !PlaceholderVerbs.Contains(words[1]))
        {
            return false;
        }

        for (var i = 2; i < words.Count; i++)
        {
            if (words[i] is "that" or "to" or "how" or "whether" or "why" or "what" or "clear" or "likely" or "unlikely" or "possible" or "impossible")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"It’s" → "It", "That's" → "That": an opening pronoun with "is" or "has" attached.</summary>
    private static string? Contracted(string word)
    {
        if (word.Length > 2 && (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)))
        {
            var bare = word[..^2];
            return bare.ToLowerInvariant() is "it" or "that" or "he" or "she" or "there" or "here" or "this" ? bare : null;
        }

        return null;
    }

    /// <summary>The first few words, without leading quotes or brackets and without the punctuation that ends a word.</summary>
    private static List<string> OpeningWords(string text, int max)
    {
        var words = new List<string>(max);
        var i = 0;
        while (i < text.Length && words.Count < max)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '“' or '"' or '‘' or '\'' or '(' or '[' or '«' or '—' or '–' or '-' or '…'))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                var word = text[start..i].TrimEnd(',', ';', ':', '.', '!', '?', '”', '"', '’', ')', '—');
                if (word.Length == 0)
                {
                    break;
                }

                if (words.Count == 0 && Contracted(word) is { } bare)
                {
                    words.Add(bare);
                    words.Add("is");
                    continue;
                }

                words.Add(word);
                if (text[i - 1] is '.' or '!' or '?' or ';' or ':' && words.Count > 1)
                {
                    break;
                }
            }
        }

        return words;
    }
}
