using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Lexicon;
using BriefBot.Core.Extraction.Text;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Extraction;

/// <summary>An organisation named in a sentence, with the acronym defined for it there ("Full Name (ACR)").</summary>
/// <param name="InName">An acronym seen only as the first word of a longer name ("KLM Asset Management").</param>
/// <param name="Rejected">An acronym defined for something that is not an organisation ("the Coastal Waters Agreement (CWA)").</param>
internal readonly record struct OrgHit(string Name, string? Acronym, SentenceView Where, bool InName = false, bool Rejected = false);

/// <summary>
/// Finds organisations: capitalised names with an organisation head-word ("Harbour Club", "Institute of ..."), names followed
/// by an acronym in brackets, acronyms used alone ("TASS"), and names in apposition with an organisation noun
/// ("Mercosur, the trade bloc that ...").
/// </summary>
internal static partial class OrganisationFinder
{
    private static readonly CuedRegex OrgApposition = new(new Regex(
        @"(?<![\p{L}\p{M}'’-])(?<name>\p{Lu}[\p{L}\p{M}'’&-]*(?:[ ]+\p{Lu}[\p{L}\p{M}'’&-]*){0,4})[ ]*,[ ]*(?:the|an?)[ ]+(?:[\p{Ll}-]+[ ]+){0,3}?" +
        Patterns.Alternation(Words.OrgNouns) + @"\b(?!['’])", Patterns.Options), text => text.Contains(", ", StringComparison.Ordinal) && Cues.ArticleAfterComma(text) && OrgNounAfterComma(text));

    /// <summary>Cue for <see cref="NounBeforeName"/>: an organisation noun right before a capital.</summary>
    private static readonly LetterTails OrgNounTails = new(Words.OrgNouns);

    private static readonly CuedRegex NounBeforeName = new(new Regex(
        @"\bthe[ ]+(?:[\p{Ll}-]+[ ]+){0,2}?" + Patterns.Alternation(Words.OrgNouns) + @"[ ]+(?<name>\p{Lu}[\p{L}\p{M}&-]+(?:[ ]+\p{Lu}[\p{L}\p{M}&-]+){0,3})", Patterns.Options), text => Cues.WordBeforeCapital(text, OrgNounTails));

    /// <summary>Adds the organisations named in <paramref name="s"/> to <paramref name="hits"/>.</summary>
    /// <param name="sentenceWords">The sentence's words (<see cref="WordRanges.Of"/>).</param>
    public static void Find(SentenceView s, ReadOnlySpan<WordRange> sentenceWords, List<OrgHit> hits)
    {
        var text = s.Text;
        var first = hits.Count;
        var chunks = NameChunks.Find(MayNameInRun(text) || OrganisationContexts.MayApply(text) ? text : string.Empty);
        while (chunks.Next(out var whole))
        {
            if (s.InQuote(whole.Start))
            {
                continue; // quoted phrases are terms or titles, not organisations
            }

            var acronym = BracketedAcronyms.After(text, whole.AfterWord) ?? BracketedAcronyms.Before(text, whole.Start, whole.AfterWord, whole.Words) ??
                          BracketedAcronyms.WordAfter(text, whole.AfterWord, whole.Words);
            if (acronym is not null && (NotAcronyms.Contains(acronym) || NotOrganisations.Contains(acronym)))
            {
                continue; // "Initial Public Offering (IPO)": a term, not an organisation
            }

            var beforeKind = OrganisationContexts.BeforeKindNoun(text, whole.AfterWord);
            var byContext = beforeKind || OrganisationContexts.AfterRoleAt(text, whole.Start);
            if (acronym is null && !byContext && !HasOrgHead(CollectionsMarshal.AsSpan(whole.Words)))
            {
                continue; // no part of it can name an organisation: that takes a head-word, an acronym defined after it or a telling context
            }

            if (OrganisationContexts.FollowedByAt(text, whole.AfterWord) && OrganisationContexts.Units.Contains(whole.Words[^1]))
            {
                continue; // "the Asia Programme at Kestrel House": a part of the institution named next
            }

            var parts = whole.Words.Contains("and") || whole.Words.Contains("&") ? SplitOnAnd(whole.Words) : null; // null: one part, the whole
            var count = parts?.Count ?? 1;
            for (var i = 0; i < count; i++)
            {
                var words = parts is null ? whole.Words : parts[i];
                var last = i == count - 1;
                var org = FromChunk(CollectionsMarshal.AsSpan(words));
                if (org is null && acronym is not null && last)
                {
                    org = ByInitials(words, acronym);
                }

                if (org is null && byContext && count == 1)
                {
                    org = ByContext(CollectionsMarshal.AsSpan(words), beforeKind);
                }

                var partAcronym = last ? acronym : null;
                if (partAcronym is not null && OrganisationNameEdges.IsEventOrDocument(words[^1]))
                {
                    hits.Add(new OrgHit(partAcronym, null, s, Rejected: true));
                    continue;
                }

                if (org is null || Gazetteer.IsStateName(org) || OrganisationNameEdges.IsEventOrDocument(LastWord(org)) ||
                    !org.Contains(' ', StringComparison.Ordinal) && partAcronym is null && !GovernmentBodies.OneWordBodies.Contains(org) && !(byContext && count == 1))
                {
                    continue;
                }

                if (i == 0 && OrganisationNameParts.OrdinalBefore(text, whole.Start) is { } ordinal && org.StartsWith(words[0], StringComparison.Ordinal))
                {
                    org = ordinal + " " + org; // "21st Century Studies Centre"
                }

                org = GovernmentBodies.WithItsState(org, text, whole.Start) ?? org;
                var named = partAcronym is not null && FromChunkSuffixMatches(words, org) ? partAcronym : null;
                if (OrganisationNameParts.SubBody(org) is var (unit, parent))
                {
                    // "the Strait Affairs Office of the State Council": the office and the council it belongs to.
                    hits.Add(new OrgHit(unit, named is not null && !AcronymFit.Fits(named, parent) ? named : null, s));
                    hits.Add(new OrgHit(parent, named is not null && AcronymFit.Fits(named, parent) ? named : null, s));
                    continue;
                }

                hits.Add(new OrgHit(org, named, s));
            }
        }

        foreach (var ministry in GovernmentBodies.LowerCaseMinistries(text))
        {
            hits.Add(new OrgHit(ministry, null, s));
        }

        foreach (var group in CoordinatedActors.In(text))
        {
            hits.Add(new OrgHit(group, null, s));
        }

        bool? shouted = null; // decided once a sentence, when a token first looks like an acronym
        for (var i = 0; i < sentenceWords.Length; i++)
        {
            var word = sentenceWords[i];
            if (WrittenAsWord.Contains(word.Raw(text)) ||
                IsAcronymShaped(text, word) && !(shouted ??= IsShouted(text)) && !Gazetteer.IsStateName(word.Raw(text)) &&
                !ShoutedCapitals.IsShouted(text, sentenceWords, i))
            {
                var acronym = WordStrings.Get(word.Raw(text)).Raw; // the same few acronyms, again and again
                if (WrittenAsWord.Contains(acronym))
                {
                    acronym = AcronymsWrittenAsWords.Capitals(acronym); // "Nato" is NATO
                }

                hits.Add(new OrgHit(acronym, null, s, BeginsNameFound(hits, first, acronym)));
            }
        }

        for (var m = OrgApposition.Match(text); m.Success; m = m.NextMatch())
        {
            if (OrganisationNameParts.AfterConnector(text, m.Groups["name"].Index))
            {
                continue; // "... Academy of Social Studies, a think tank": the end of a longer name, read whole above
            }

            var name = TrimLeading(m.Groups["name"].Value);
            if (name.Length > 1 && !Gazetteer.IsStateName(name) && !Words.GivenNames.Contains(name.Split(' ')[0]) && !Words.NeverNameStart.Contains(name) &&
                !DateText.IsMonthName(name))
            {
                hits.Add(new OrgHit(name, null, s));
            }
        }

        for (var m = NounBeforeName.Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"].Value;
            if (!Gazetteer.IsStateName(name) && !Words.NeverNameStart.Contains(name.Split(' ')[0]))
            {
                hits.Add(new OrgHit(name, null, s));
            }
        }
    }

    /// <summary>Whether one of the names found in this sentence (from <paramref name="first"/> on) begins with <paramref name="acronym"/> and a space.</summary>
    private static bool BeginsNameFound(List<OrgHit> hits, int first, string acronym)
    {
        for (var i = first; i < hits.Count; i++)
        {
            var name = hits[i].Name;
            if (name.Length > acronym.Length && name[acronym.Length] == ' ' && name.StartsWith(acronym, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Cue for the runs of capitalised words: a run names an organisation only with an acronym in brackets after it or with
    /// a head-word. That is a capitalised word, and the heads are ASCII, so it starts with a letter A–Z (no other capital
    /// equals an ASCII letter, ignoring case) and runs to the next character that is not a word character.
    /// </summary>
    private static bool MayNameInRun(string text)
    {
        if (text.Contains('(', StringComparison.Ordinal))
        {
            return true;
        }

        var heads = Words.OrgHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        var bodies = GovernmentBodies.OneWordBodies.GetAlternateLookup<ReadOnlySpan<char>>();
        var at = text.AsSpan().IndexOfAnyInRange('A', 'Z');
        while (at >= 0)
        {
            var end = at + 1;
            while (end < text.Length && WordChars.IsWordChar(text[end]))
            {
                end++;
            }

            if (heads.Contains(text.AsSpan(at, end - at)) || bodies.Contains(text.AsSpan(at, end - at)))
            {
                return true;
            }

            var next = end < text.Length ? text.AsSpan(end).IndexOfAnyInRange('A', 'Z') : -1;
            at = next < 0 ? -1 : end + next;
        }

        return false;
    }

    /// <summary>
    /// Cue for <see cref="OrgApposition"/>: after a comma, spaces and "the", "a" or "an", one of the next four lower-case
    /// words is an organisation noun, or begins one ("think" of "think tank", "bank" of "bank-run").
    /// </summary>
    private static bool OrgNounAfterComma(string text)
    {
        for (var comma = text.IndexOf(',', StringComparison.Ordinal); comma >= 0; comma = text.IndexOf(',', comma + 1))
        {
            var at = NameRuns.AfterSpaces(text, comma + 1);
            var article = text.AsSpan(at).StartsWith("the", StringComparison.Ordinal) ? 3
                : text.AsSpan(at).StartsWith("an", StringComparison.Ordinal) ? 2
                : text.AsSpan(at).StartsWith("a", StringComparison.Ordinal) ? 1 : 0;
            at += article;
            for (var word = 0; word < 4 && article > 0 && at < text.Length && text[at] == ' '; word++)
            {
                at = NameRuns.AfterSpaces(text, at);
                var end = at;
                while (end < text.Length && (char.IsLower(text[end]) || text[end] == '-'))
                {
                    end++;
                }

                if (end == at)
                {
                    break;
                }

                if (BeginsOrgNoun(text.AsSpan(at, end - at)))
                {
                    return true;
                }

                at = end;
            }
        }

        return false;
    }

    /// <summary>Whether a run of lower-case letters and hyphens is an organisation noun, starts with one before a hyphen, or is "think".</summary>
    private static bool BeginsOrgNoun(ReadOnlySpan<char> run)
    {
        var nouns = Words.OrgNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        if (nouns.Contains(run) || run.SequenceEqual("think"))
        {
            return true;
        }

        for (var i = 1; i < run.Length; i++)
        {
            if (run[i] == '-' && nouns.Contains(run[..i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An all-capital word of 2–6 letters standing alone (not "Neo-OPEC", not "COVID-19"); see also <see cref="IsShouted"/>.</summary>
    private static bool IsAcronymShaped(string text, WordRange word)
    {
        var raw = word.Raw(text);
        if (raw.Length is < 2 or > 6 || !IsAllCaps(raw) || LetterCount(raw) < 2 || NotAcronyms.Contains(raw) || NotOrganisations.Contains(raw) ||
            RomanNumeral().IsMatch(raw))
        {
            return false;
        }

        return !(word.Start > 0 && text[word.Start - 1] is '-' or '‑' or '/' || word.End < text.Length && text[word.End] is '-' or '‑' or '+');
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WrittenAsWord = AcronymsWrittenAsWords.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAcronyms = Words.NotAcronyms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotOrganisations =
        CapitalsNotOrganisations.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>At least one letter and every letter a capital.</summary>
    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var anyLetter = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                anyLetter = true;
            }
        }

        return anyLetter;
    }

    /// <summary>A sentence shouted in capitals (a heading) is not full of acronyms: at least half its letters are capitals.</summary>
    private static bool IsShouted(string text)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return upper * 2 >= letters;
    }

    private static int LetterCount(ReadOnlySpan<char> word)
    {
        var count = 0;
        foreach (var c in word)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }

        return count;
    }

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// A run named an organisation by its context alone: without a leading "The", and not a person. Before a noun of its
    /// kind (<paramref name="lastPart"/>) only the words after the last connector name it ("copies of the Harbour Daily newspaper").
    /// </summary>
    private static string? ByContext(ReadOnlySpan<string> words, bool lastPart)
    {
        if (lastPart)
        {
            for (var i = words.Length - 1; i > 0; i--)
            {
                if (NameChunks.Connectors.Contains(words[i]))
                {
                    words = words[(i + 1)..];
                    break;
                }
            }
        }

        var w = NameWithoutLeadingNoise(words);
        if (w.IsEmpty || w.Length > 5 || Words.GivenNames.Contains(w[0]) || Words.Honorifics.Contains(w[0]) || Words.OfficeWords.Contains(w[0]) ||
            DateText.IsMonthName(w[^1]) || OrganisationNameEdges.IsEventOrDocument(w[^1]))
        {
            return null;
        }

        // A lone common word ("the National daily") would be matched wherever the word is written.
        return w.Length == 1 && Words.NeverNameStart.Contains(w[0]) ? null : string.Join(' ', w);
    }

    /// <summary>Whether any word is an organisation head-word; <see cref="FromChunk"/> finds nothing in words without one.</summary>
    private static bool HasOrgHead(ReadOnlySpan<string> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (Words.OrgHeads.Contains(words[i]) || GovernmentBodies.OneWordBodies.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Capitalised adjectives that begin sentences but also begin organisation names ("International Atomic Energy Agency").</summary>
    private static readonly HashSet<string> OrgNameAdjectives = new(StringComparer.Ordinal)
    {
        "International", "National", "Global", "Regional", "Foreign", "Great", "New", "Western", "Eastern", "Northern", "Southern",
        "Old", "Local", "Domestic", "Official", "Big", "Small",
    };

    /// <summary>The words of a name once sentence-start words, connectors and leading noise are left off, cut at its end.</summary>
    private static ReadOnlySpan<string> NameWithoutLeadingNoise(ReadOnlySpan<string> words)
    {
        var skip = 0;
        while (skip < words.Length && (Words.NeverNameStart.Contains(words[skip]) && !OrgNameAdjectives.Contains(words[skip]) ||
                                       NameChunks.Connectors.Contains(words[skip]) || OrganisationNameEdges.IsLeadingNoise(words[skip])))
        {
            skip++;
        }

        var w = words[skip..];
        return w[..OrganisationNameEdges.NameLength(w)];
    }

    /// <summary>The organisation in a run of capitalised words, if its first part carries an organisation head-word.</summary>
    internal static string? FromChunk(ReadOnlySpan<string> words)
    {
        var w = NameWithoutLeadingNoise(words);
        if (w.IsEmpty)
        {
            return null;
        }

        if (w.Length == 1 && GovernmentBodies.OneWordBodies.Contains(w[0]))
        {
            return w[0]; // "Congress", "the Knesset"
        }

        // "X Club and the Y Foundation": two organisations.
        var and = IndexOfAny(w, "and", "&");
        if (and > 0 && Words.OrgHeads.Contains(w[and - 1]))
        {
            return FromChunk(w[..and]) ?? FromChunk(w[(and + 1)..]);
        }

        var of = IndexOfAny(w, "of", "for", "on", "de", "du", "des", "für");
        var head = of < 0 ? w : w[..of];
        if (head.IsEmpty)
        {
            return null;
        }

        if (OrganisationNameEdges.IsEventOrDocument(head[^1]))
        {
            return null; // "the Harbour Summit", "the Coastal Waters Agreement": a meeting or a deal
        }

        if (HasOrgHead(head) && (of >= 0 || Words.OrgHeads.Contains(head[^1]) || head.Length >= 2 && Words.OrgHeads.Contains(head[^2])))
        {
            return head.Length >= 2 || of >= 0 ? string.Join(' ', w) : null;
        }

        return of >= 0 ? FromChunk(w[(of + 1)..]) : null;
    }

    /// <summary>Where the first of <paramref name="words"/> that is one of <paramref name="wanted"/> stands, or -1.</summary>
    /// <remarks>After the first word, a capitalised connector counts too ("Centre For International Studies").</remarks>
    private static int IndexOfAny(ReadOnlySpan<string> words, params ReadOnlySpan<string> wanted)
    {
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var x in wanted)
            {
                if (words[i] == x || i > 0 && string.Equals(words[i], x, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>"NATO and the Collective Security Treaty Organization" is two names; "Belt and Road Initiative" is one.</summary>
    private static List<List<string>> SplitOnAnd(IReadOnlyList<string> words)
    {
        var parts = new List<List<string>>();
        var current = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var splits = (w is "and" or "&") && current.Count > 0 && i + 1 < words.Count &&
                         (words[i + 1] == "the" || IsAcronymWord(current[^1]) && current.Count == 1 || Gazetteer.IsStateName(string.Join(' ', current)) ||
                          Words.OrgHeads.Contains(current[^1]) && i + 1 < words.Count && char.IsUpper(words[i + 1][0]) ||
                          OrganisationNameEdges.IsEventOrDocument(current[^1]) ||
                          Gazetteer.IsStateName(string.Join(' ', words.Skip(i + 1))) ||
                          i + 2 == words.Count && GovernmentBodies.OneWordBodies.Contains(words[i + 1]));
            if (splits)
            {
                parts.Add(current);
                current = [];
                if (words[i + 1] == "the")
                {
                    i++;
                }

                continue;
            }

            current.Add(w);
        }

        parts.Add(current);
        return parts.Where(p => p.Count > 0).ToList();
    }

    private static bool IsAcronymWord(string w) => w.Length >= 2 && w.All(c => char.IsUpper(c) || char.IsDigit(c));

    private static string? ByInitials(List<string> words, string acronym)
    {
        var w = words.Where(x => x != "&").ToList();
        var target = acronym.Replace("&", string.Empty, StringComparison.Ordinal);
        for (var start = 0; start < w.Count; start++)
        {
            if (NameChunks.Connectors.Contains(w[start]) || Words.NeverNameStart.Contains(w[start]))
            {
                continue;
            }

            if (InitialsAre(CollectionsMarshal.AsSpan(w)[start..], target))
            {
                return string.Join(' ', CollectionsMarshal.AsSpan(words)[words.IndexOf(w[start])..]);
            }
        }

        return null;
    }

    /// <summary>Whether the first letters of the capitalised words spell <paramref name="target"/>.</summary>
    private static bool InitialsAre(ReadOnlySpan<string> words, string target)
    {
        var k = 0;
        foreach (var x in words)
        {
            if (char.IsUpper(x[0]) && (k >= target.Length || target[k++] != x[0]))
            {
                return false;
            }
        }

        return k == target.Length;
    }

    /// <summary>Whether the words, joined by spaces, end with <paramref name="org"/>.</summary>
    private static bool FromChunkSuffixMatches(List<string> words, string org)
    {
        var rest = org.AsSpan();
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i];
            if (rest.Length <= word.Length)
            {
                return word.AsSpan().EndsWith(rest, StringComparison.Ordinal);
            }

            if (i == 0 || !rest.EndsWith(word, StringComparison.Ordinal) || rest[^(word.Length + 1)] != ' ')
            {
                return false;
            }

            rest = rest[..^(word.Length + 1)];
        }

        return rest.IsEmpty;
    }

    private static string TrimLeading(string name)
    {
        var words = name.Split(' ').SkipWhile(w => Words.NeverNameStart.Contains(w)).ToList();
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"^(?=[MDCLXVI]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")]
    private static partial Regex RomanNumeral();
}
