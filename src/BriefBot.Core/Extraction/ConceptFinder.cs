using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Lexicon;
using BriefBot.Core.Extraction.Text;

namespace BriefBot.Core.Extraction;

/// <summary>A term an article argues with, where it was found and what may define it.</summary>
/// <param name="Marked">Introduced by a naming phrase ("what they termed", "the concept of", ...), not merely quoted.</param>
/// <param name="AliasOf">The term this one is another name for ("“new X” (which I refer to as the “Neo-X”)").</param>
/// <param name="Known">A textbook term of <see cref="TermsOfArt"/>, and how much use it needs to count.</param>
internal readonly record struct ConceptHit(
    string Term, bool Marked, bool Quoted, string? AliasOf, DefinitionCandidate? Definition, SentenceView Where, TermWeight Known = TermWeight.None);

/// <summary>
/// Finds concepts: short quoted phrases used as terms, and terms introduced by "what they termed", "which I refer to as",
/// "can be referred to as", "X refers to", "The term X describes", "the concept of", "calls this", "describes ... as",
/// "warns of", "the X theory". Long quotations, quoted titles and quoted speech are not concepts.
/// </summary>
internal static partial class ConceptFinder
{
    public const int MaxWords = 6;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EdgeWords = new[]
    {
        "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "by", "from", "at", "as", "that", "this", "is", "are",
        "was", "were", "be", "been", "not", "no", "then", "than", "but", "if", "whether", "how", "what", "why", "who", "which",
        "when", "where", "so", "because", "into", "onto", "its", "their", "his", "her", "our", "my", "your", "very", "more",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = new[]
    {
        "i", "we", "you", "he", "she", "they", "it", "our", "my", "your", "their", "his", "her", "us", "them", "me", "itself", "themselves", "one's", "oneself",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Regex MarkerBefore = new(
        @"(?:\b(?:termed|dubbed|labell?ed|branded|coined|nicknamed)|\b(?:refer(?:s|red)?|referring)[ ]+to[ ]+as|\b(?:known|characteri[sz]ed|conceptuali[sz]ed|defined)[ ]+as" +
        @"|\bwhat[ ]+(?:[\p{L}’']+[ ]+){0,3}(?:call|calls|called|term|terms|termed|dub|dubbed|name|named)" +
        @"|\bcall(?:s|ed|ing)?[ ]+(?!for\b|on\b|upon\b|in\b)[^.“”""]{0,40}?|\bdescrib(?:e|es|ed|ing)\b[^.“”""]{0,80}?\bas(?:[ ]+[\p{L}'’-]+){0,3}" +
        @"|\bwarn(?:s|ed|ing)?[ ]+(?:of|against|about)|\bthe[ ]+(?:[\p{L}-]+[ ]+)?(?:concept|notion|idea|term|phrase|doctrine|theory|principle|logic|paradigm|policy)[ ]+of" +
        @"|\bso-called|\bthe[ ]+term|\bthe[ ]+phrase|\bthe[ ]+slogan|\bthe[ ]+label)[ ]*(?:the[ ]+|a[ ]+|an[ ]+)?$",
        Patterns.Options | RegexOptions.IgnoreCase);

    /// <summary>Words that, right before a quotation, introduce speech or a citation, not a term.</summary>
    private static readonly string[] SpeechWords =
    [
        "said", "says", "say", "saying", "told", "tells", "added", "adds", "asked", "asks", "stated", "states", "declared", "remarked",
        "remarking", "replied", "insisted", "claimed", "commented", "explained", "urged", "noted", "notes", "writes", "wrote", "argued",
        "argues", "warned", "warning", "lamented", "laments", "to", "that", "by", "of", "and", "or", "as", "both", "either", "neither",
    ];

    private static readonly Regex SpeechBefore = new(
        @"(?:\b(?:" + string.Join('|', SpeechWords) + @"))[ ]*,?[ ]*$", Patterns.Options | RegexOptions.IgnoreCase);

    /// <summary>Cue for <see cref="SpeechBefore"/>: the words it ends with.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechEnds =
        SpeechWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Cue for <see cref="MarkerBefore"/>: every alternative but two ends (before an article) with one of these words; the
    /// two that end anywhere ("calls this ...", "describes ... as") need "call" or "describ" in the text.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MarkerEnds = new[]
    {
        "termed", "dubbed", "labelled", "labeled", "branded", "coined", "nicknamed", "as", "call", "calls", "called", "term", "terms",
        "dub", "name", "named", "of", "against", "about", "phrase", "slogan", "label",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> MarkerAnywhere = SearchValues.Create(["call", "describ"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[ ]*\((?:which|what|that|also)[^)]{0,60}?\b(?:as|called|termed)[ ]+(?:the[ ]+|a[ ]+|an[ ]+)?[“""](?<b>[^”""]{1,60})[”""][ ]*\)", Patterns.Generated)]
    private static partial Regex AliasAfter { get; }

    // The defining clauses in the order they are tried, grouped by the character each starts with after spaces.
    private static readonly Regex[] ClauseAfterPunctuation = [ClauseAfterDash];
    private static readonly Regex[] ClauseAfterComma = [ClauseAfterRelative, ClauseAfterWhichDefines, ClauseAfterNounPhrase];
    private static readonly Regex[] ClauseAfterWord = [ClauseAfterVerb];

    // Not a clause that goes on with the sentence's verb ("the two sticking points - aid and fishing - are settled") or
    // brings in examples or a circumstance ("sanctions - including asset freezes", ": for hauliers, say").
    [GeneratedRegex(@"^(?:[ ]*[:—–]|[ ]+-[ ])[ ]*(?!(?i:are|is|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|including|for|such|as|but|and|or|so|because|if|though|although|while|with|without|to|of|in|on|at|by|from)\b)(?<d>[^.;—–]{10,}?)(?=[ ]+-[ ]|[.;—–]|$)", Patterns.Generated)]
    private static partial Regex ClauseAfterDash { get; }

    [GeneratedRegex(@"^[ ]*,[ ]*(?<d>(?:in which|whereby|by which|where|referring to|meaning)[ ]+[^.;]+)", Patterns.Generated)]
    private static partial Regex ClauseAfterRelative { get; }

    [GeneratedRegex(@"^[ ]*,[ ]*which[ ][^.]*?\b(?:defines?|describes?|means?|calls?|sees?|understands?)[ ]+(?:it[ ]+)?as[ ]+(?<d>[^.;]+)", Patterns.Generated)]
    private static partial Regex ClauseAfterWhichDefines { get; }

    [GeneratedRegex(@"^[ ]*,[ ]*(?<d>(?:the|a|an)[ ]+[\p{Ll}-]+(?:[ ]+[\p{Ll}-]+){0,2}[ ]+(?:that|which|by which|in which|of|where|whereby|to)[ ]+[^.;]+)", Patterns.Generated)]
    private static partial Regex ClauseAfterNounPhrase { get; }

    [GeneratedRegex(@"^[ ]*(?:(?:basically|essentially|simply|broadly|roughly|literally)[ ]+)?(?:refers[ ]+to|describes|denotes|means|is[ ]+defined[ ]+as|captures|names" +
        @"|is[ ]+(?:a|an)[ ]+(?:[\p{L}-]+[ ]+){0,3}?(?:term|word|phrase|shorthand|name|label)[ ]+(?:for|used[ ]+for|used[ ]+to[ ]+describe))[ ]+(?<d>[^.;]+)", Patterns.Generated)]
    private static partial Regex ClauseAfterVerb { get; }

    // Cues (see Cues): every match of an expression contains one of its words, so text without any cannot match.
    // " call" and " term" keep their space: "politically" and "determined" hold them too.
    private static readonly SearchValues<string> UnquotedMarkerWords = SearchValues.Create(
        ["referred", "known", "dubbed", "termed", "concept", "notion", "idea", "doctrine", "principle", " call", " term"], StringComparison.OrdinalIgnoreCase);

    private static readonly CuedRegex UnquotedMarker = new(new Regex(
        @"\b(?:referred[ ]+to[ ]+as|known[ ]+as|dubbed|termed|the[ ]+(?:very[ ]+)?(?:concept|notion|idea|doctrine|principle)[ ]+of" +
        @"|what[ ]+(?:I|we|they|some|many|critics|analysts|scholars|economists|experts)[ ]+(?:call|term)(?:[ ]+(?:this|these|it))?)[ ]+(?:the[ ]+|a[ ]+|an[ ]+)?(?=[\p{L}])",
        Patterns.Options | RegexOptions.IgnoreCase), text => MayContain(text, UnquotedMarkerWords));

    private static readonly CuedRegex Theory = new(new Regex(
        @"\bthe[ ]+(?<t>(?:\p{Lu}[\p{L}-]+|[\p{Ll}-]+(?:ist|ian|al|ic|ive))[ ]+theory)\b(?<rest>[^.]*)", Patterns.Options), text => text.Contains("theory", StringComparison.Ordinal));

    private static readonly SearchValues<string> NamedIdeaHeads = SearchValues.Create(
        ["Cold", "Doctrine", "Consensus", "Trap", "Dilemma", "Paradox", "Syndrome", "Dream"], StringComparison.Ordinal);

    private static readonly CuedRegex NamedIdea = new(new Regex(
        @"(?<![\p{L}\p{M}])(?<t>(?:\p{Lu}[\p{L}-]+[ ]+){0,3}(?:Cold[ ]+War|Doctrine|Consensus|Trap|Dilemma|Paradox|Syndrome|Dream))\b", Patterns.Options), text => text.AsSpan().ContainsAny(NamedIdeaHeads));

    private static readonly Regex SubjectDefinition = new(
        @"^(?:The[ ]+term[ ]+)?(?<t>\p{Lu}[\p{Ll}-]+(?:[ ]+[\p{Ll}-]+){0,3})[ ]+(?:refers[ ]+to|is[ ]+defined[ ]+as|denotes)[ ]+(?<d>[^.;]+)", Patterns.Options);

    private static readonly Regex ThatDefinition = new(
        @"\bthat[ ]+(?<t>[\p{Ll}-]+(?:[ ]+[\p{Ll}-]+){0,2})[ ]+(?:refers[ ]+to|is[ ]+defined[ ]+as|denotes)[ ]+(?<d>[^.;]+)", Patterns.Options);

    /// <summary>The verbs of <see cref="ThatDefinition"/> and <see cref="SubjectDefinition"/>.</summary>
    private static readonly SearchValues<string> DefiningVerbs = SearchValues.Create(["refers", "defined", "denotes"], StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="text"/> contains one of <paramref name="words"/>, ignoring case, as an IgnoreCase expression
    /// would see it: such an expression also takes the Kelvin sign for "k", which no ordinal comparison does.
    /// </summary>
    private static bool MayContain(string text, SearchValues<string> words) =>
        text.AsSpan().ContainsAny(words) || text.Contains(Kelvin, StringComparison.Ordinal);

    /// <summary>The Kelvin sign, which IgnoreCase expressions take for "k" (no other character stands for an ASCII letter).</summary>
    private const char Kelvin = '\u212A';

    private static readonly HashSet<string> TermStop = new(StringComparer.OrdinalIgnoreCase)
    {
        "because", "which", "that", "and", "in", "for", "to", "by", "as", "of", "with", "is", "are", "was", "were", "since", "where",
        "when", "while", "but", "or", "after", "before", "from", "at", "on", "its", "their", "this", "has", "have", "had", "will",
        "would", "can", "could", "may", "might", "should", "must", "than", "into", "who", "means", "meant", "shows", "suggests",
        "became", "becomes", "remains", "matters", "works", "implies", "describes", "refers", "explains", "began", "begins", "seems",
        "appears", "helps", "makes", "made", "gives", "takes", "goes", "came", "comes", "did", "does", "do", "now", "also", "not",
    };

    // The character sets below are fields so that they are not allocated on every call.
    private static readonly char[] ClauseEnd = [',', ';', ':', ' '];
    private static readonly char[] WordEnd = [',', '.', ';', ':', ')', '”', '"', '!', '?'];
    private static readonly char[] SingleQuotes = ['‘', '’', '\'', ' '];
    private static readonly char[] TermEnd = [',', '.', ';', ':', '!', '?'];
    private static readonly SearchValues<char> NotInTerm = SearchValues.Create(".!?;:()“”\"");

    /// <summary>Adds the terms used in <paramref name="p"/> to <paramref name="hits"/>.</summary>
    /// <param name="words">The words of each of the paragraph's sentences.</param>
    public static void Find(ParagraphView p, ParagraphWords words, List<ConceptHit> hits)
    {
        if (p.IsHeading)
        {
            return;
        }

        for (var i = 0; i < p.Quotes.Length; i++)
        {
            var q = p.Quotes[i];
            if (q.ContinuesPrevious || !q.Closed || p.InTitle(q.Start, q.End))
            {
                continue;
            }

            var term = CleanTerm(q.TextIn(p.Text));
            var before = p.Text.AsSpan(0, Math.Max(0, q.Start - 1));
            var tail = before.Length > 120 ? before[^120..] : before;
            var after = Math.Min(q.End + 1, p.Text.Length); // where the text after the closing quote starts
            var marker = MayBeMarked(tail) ? MarkerIn(tail) : default;
            var marked = marker.Length > 0;
            if (!IsTermShaped(term, marked) || !marked && MayBeSpeech(tail) && SpeechBefore.IsMatch(tail))
            {
                continue;
            }

            if (!KnownTermFinder.IsKnown(term))
            {
                var markerText = tail.Slice(marker.Index, marker.Length);
                if (QuotedPhraseShape.IsSpeechOrVerdict(term) || NamesSomething(term, tail, p.Text.AsSpan(after)))
                {
                    continue;
                }

                // Words quoted without being introduced, in a sentence that reports what someone said, are a piece of what they said.
                if (!marked && ReportsSpeech(p.SentenceAt(q.Start).Text))
                {
                    continue;
                }

                // "called him a “crook”", "described it as “mad”": a single word brought in as a predicate is a verdict unless
                // it reads as an abstract noun, and a long phrase is a description, not a name.
                var predicate = IsPredicateMarker(markerText);
                var wordCount = term.AsSpan().Count(' ') + 1;
                if (predicate && wordCount > 4 || IsPlaceName(term) || NamesNotTerms.IsNameOfSomethingElse(term))
                {
                    continue;
                }

                marked &= !predicate || wordCount > 1 || QuotedPhraseShape.LooksLikeAbstractNoun(term);
            }

            var sentence = p.SentenceAt(q.Start);
            var alias = AliasAfter.Match(p.Text, after, p.Text.Length - after);
            var definition = DefinitionAfter(p.Text, after, sentence) ?? new DefinitionCandidate(marked ? 3 : 1, null, sentence);
            hits.Add(new ConceptHit(term, marked, Quoted: true, null, definition, sentence));
            if (alias.Success && CleanTerm(alias.Groups["b"].Value) is { Length: > 0 } target && IsTermShaped(target, true))
            {
                hits.Add(new ConceptHit(term, marked, Quoted: true, target, null, sentence));
            }
        }

        for (var i = 0; i < p.Sentences.Count; i++)
        {
            FindUnquoted(p.Sentences[i], hits);
            KnownTermFinder.Find(p.Sentences[i], words.Of(i), hits);
        }
    }

    /// <summary>
    /// A place's name, alone or after a plain adjective: a demonym and a capital ("Danish Copenhagen"), "a second Monaco".
    /// Names of places are never concepts.
    /// </summary>
    private static bool IsPlaceName(string term)
    {
        var space = term.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return false;
        }

        if (char.IsLower(term[0]) && Gazetteer.IsStateName(term.AsSpan(space + 1)))
        {
            return true;
        }

        foreach (var range in term.AsSpan().Split(' '))
        {
            if (!Gazetteer.IsStateName(term.AsSpan(range)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where <see cref="MarkerBefore"/> matches the end of <paramref name="tail"/>; empty when it does not.</summary>
    private static ValueMatch MarkerIn(ReadOnlySpan<char> tail)
    {
        foreach (var m in MarkerBefore.EnumerateMatches(tail))
        {
            return m;
        }

        return default;
    }

    /// <summary>
    /// Whether a marker brings the quotation in as what someone called something ("called Xi a", "described it as",
    /// "branded"), not as a name given to an idea ("what I call", "so-called", "known as", "the doctrine of").
    /// </summary>
    private static bool IsPredicateMarker(ReadOnlySpan<char> marker)
    {
        if (marker.IsEmpty || marker.Contains("so-called", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var present = marker.Contains("what", StringComparison.OrdinalIgnoreCase) && !marker.Contains("called", StringComparison.OrdinalIgnoreCase);
        return !present && (marker.ContainsAny(PredicateMarkerWords) || marker.Contains(Kelvin));
    }

    private static readonly SearchValues<string> PredicateMarkerWords = SearchValues.Create(
        ["call", "describ", "brand", "labell", "labeled", "named", "characteri", "warn"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A quoted name, not a term: a nickname ("nicknamed “Big Ben”"), or the name of an exercise, operation or campaign
    /// written before what it names ("the “Iron Shield” naval drills").
    /// </summary>
    private static bool NamesSomething(string term, ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (before.TrimEnd(' ').EndsWith("nicknamed", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var range in term.AsSpan().Split(' '))
        {
            var word = term.AsSpan(range);
            if (word.Length > 0 && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        if (before.TrimEnd(' ').EndsWith("named", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return NamedThingFollows(after);
    }

    /// <summary>Whether a verb of saying or an attribution stands anywhere in <paramref name="sentence"/>: "she said", "according to", "the ministry announced".</summary>
    private static bool ReportsSpeech(string sentence)
    {
        var text = sentence.AsSpan();
        var at = 0;
        while (at < text.Length)
        {
            var start = text[at..].IndexOfAnyInRange('A', 'z');
            if (start < 0)
            {
                return false;
            }

            start += at;
            var end = text[start..].IndexOfAnyExcept(AsciiLetters);
            end = end < 0 ? text.Length : start + end;
            if (SpeechVerbs.Contains(text[start..end]) && (start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            at = end + 1;
        }

        return false;
    }

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The words of <see cref="ReportsSpeech"/>; "according" stands for "according to".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = new[]
    {
        "said", "says", "say", "warned", "warns", "told", "tells", "added", "adds", "according", "stated", "insisted", "urged", "announced",
        "tweeted", "declared", "claimed", "accused", "denied", "vowed", "replied", "asked", "quoted", "noted", "hailed", "praised",
        "condemned", "promised", "pledged", "threatened", "explained", "complained", "stressed", "reiterated", "admitted", "acknowledged",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns for events, places and things that a name in front of them names ("the “Iron Shield” drills", "the Farallon islands").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedThings = new[]
    {
        "island", "islands", "sea", "river", "mountain", "mountains", "city", "town", "village", "province", "region", "district",
        "square", "street", "base", "port", "strait", "bay", "lake", "valley", "desert", "memorial", "monument", "squadron",
        "brigade", "battalion", "regiment", "unit", "group", "band", "team", "club", "party",
        "drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers", "operation", "operations", "campaign", "campaigns",
        "mission", "rally", "rallies", "summit", "festival", "tour", "parade", "protest", "protests", "march", "games", "contest",
        "competition", "show", "programme", "program", "app", "vaccine", "vessel", "ship", "warship", "missile", "missiles",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static void FindUnquoted(SentenceView s, List<ConceptHit> hits)
    {
        var text = s.Text;
        for (var m = UnquotedMarker.Match(text); m.Success; m = m.NextMatch())
        {
            var term = ReadTerm(text, m.Index + m.Length);
            if (term is not null && IsTermShaped(term, true) && !Gazetteer.IsStateName(term) && !IsClauseOrName(term, text.AsSpan(m.Index + m.Length + term.Length)))
            {
                hits.Add(new ConceptHit(term, true, false, null, new DefinitionCandidate(3, null, s), s));
            }
        }

        for (var m = Theory.Match(text); m.Success; m = m.NextMatch())
        {
            var term = m.Groups["t"].Value;
            hits.Add(new ConceptHit(term, true, false, null, new DefinitionCandidate(3, null, s), s));
        }

        for (var m = NamedIdea.Match(text); m.Success; m = m.NextMatch())
        {
            var words = m.Groups["t"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SkipWhile(w => w is "The" or "A" or "An" or "This" or "That" || Words.NeverNameStart.Contains(w) && w is not ("New" or "Old" or "Great" or "Global"))
                .ToList();
            if (words.Count >= 2 && !s.InQuote(m.Index) && !NamesNotTerms.IsNameOfSomethingElse(string.Join(' ', words)))
            {
                hits.Add(new ConceptHit(string.Join(' ', words), false, false, null, new DefinitionCandidate(0, null, s), s));
            }
        }

        if (!text.AsSpan().ContainsAny(DefiningVerbs))
        {
            return;
        }

        var that = ThatDefinition.Match(text);
        if (that.Success && IsTermShaped(that.Groups["t"].Value, true))
        {
            hits.Add(new ConceptHit(that.Groups["t"].Value, true, false, null,
                new DefinitionCandidate(5, ClausePlace.Of(that.Groups["d"], inParagraph: false), s), s));
        }

        var subject = SubjectDefinition.Match(text);
        if (subject.Success && !Words.NeverNameStart.Contains(subject.Groups["t"].Value.Split(' ')[0]))
        {
            hits.Add(new ConceptHit(subject.Groups["t"].Value, true, false, null,
                new DefinitionCandidate(5, ClausePlace.Of(subject.Groups["d"], inParagraph: false), s), s));
        }
    }

    /// <summary>
    /// An unquoted phrase read after a marker that is not a term: a clause ("the idea of building a new port"), a verdict,
    /// or a name followed by what it names ("known as the Farallon islands").
    /// </summary>
    private static bool IsClauseOrName(string term, ReadOnlySpan<char> after)
    {
        if (KnownTermFinder.IsKnown(term))
        {
            return false;
        }

        var gerund = term.Contains(' ', StringComparison.Ordinal) && term.AsSpan(0, term.IndexOf(' ', StringComparison.Ordinal)).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        return gerund || QuotedPhraseShape.IsSpeechOrVerdict(term) || NamesNotTerms.IsNameOfSomethingElse(term) || char.IsUpper(term[0]) && NamedThingFollows(after);
    }

    /// <summary>Up to three lower-case words, then a noun for an event or a place ("drills", "islands").</summary>
    private static bool NamedThingFollows(ReadOnlySpan<char> after)
    {
        var words = 0;
        var rest = after.TrimStart(" ”\"’'");
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range].TrimEnd(WordEnd);
            if (word.IsEmpty || !char.IsLower(word[0]) || ++words > 3)
            {
                return false;
            }

            if (NamedThings.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <see cref="MarkerBefore"/> can match the text before a quotation (see <see cref="MarkerEnds"/>).</summary>
    private static bool MayBeMarked(ReadOnlySpan<char> before)
    {
        if (before.ContainsAny(MarkerAnywhere) || before.Contains(Kelvin))
        {
            return true;
        }

        var rest = before.TrimEnd(' ');
        var last = TrailingLetters(rest);
        if (last.Equals("the", StringComparison.OrdinalIgnoreCase) || last.Equals("a", StringComparison.OrdinalIgnoreCase) ||
            last.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            last = TrailingLetters(rest[..^last.Length].TrimEnd(' '));
        }

        return MarkerEnds.Contains(last);
    }

    /// <summary>Whether <see cref="SpeechBefore"/> can match: the text ends with one of its words, then spaces and at most a comma.</summary>
    private static bool MayBeSpeech(ReadOnlySpan<char> before)
    {
        var rest = before.TrimEnd(' ');
        if (rest.EndsWith(','))
        {
            rest = rest[..^1].TrimEnd(' ');
        }

        return SpeechEnds.Contains(TrailingLetters(rest)) || before.Contains(Kelvin);
    }

    /// <summary>The letters <paramref name="text"/> ends with ("as" in "known as"); empty when it ends otherwise.</summary>
    private static ReadOnlySpan<char> TrailingLetters(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..];
    }

    /// <summary>A defining clause in the sentence <paramref name="s"/> right after its character <paramref name="at"/>.</summary>
    internal static DefinitionCandidate? DefinitionInSentence(SentenceView s, int at) => DefinitionAfter(s.Text, at, s, inParagraph: false);

    /// <summary>A defining clause in the (at most 400) characters from <paramref name="at"/> on.</summary>
    private static DefinitionCandidate? DefinitionAfter(string text, int at, SentenceView s, bool inParagraph = true)
    {
        var window = Math.Min(400, text.Length - at);
        var next = text.AsSpan(at).IndexOfAnyExcept(' ');
        if (next < 0)
        {
            return null; // every clause starts with something other than a space
        }

        var candidates = text[at + next] switch
        {
            ':' or '—' or '–' or '-' => ClauseAfterPunctuation,
            ',' => ClauseAfterComma,
            _ => ClauseAfterWord,
        };
        foreach (var regex in candidates)
        {
            var m = regex.Match(text, at, window);
            if (m.Success)
            {
                // A defining verb ("means", "is a term for") defines more surely than a clause after a comma or a dash.
                return new DefinitionCandidate(candidates == ClauseAfterWord ? 6 : 5, ClausePlace.Of(m.Groups["d"], inParagraph), s);
            }
        }

        return null;
    }

    /// <summary>The clause trimmed, with a capital first letter and a full stop at the end.</summary>
    internal static string Sentenceish(ReadOnlySpan<char> clause)
    {
        var d = clause.Trim().TrimEnd(ClauseEnd);
        var capital = d.Length > 0 && char.IsLower(d[0]);
        var stop = d.Length == 0 || d[^1] != '.';
        if (!capital && !stop && d.Length == clause.Length)
        {
            return clause.ToString();
        }

        Span<char> buffer = d.Length < 512 ? stackalloc char[d.Length + 1] : new char[d.Length + 1];
        d.CopyTo(buffer);
        if (capital)
        {
            buffer[0] = char.ToUpperInvariant(d[0]);
        }

        if (stop)
        {
            buffer[d.Length] = '.';
        }

        return new string(buffer[..(stop ? d.Length + 1 : d.Length)]);
    }

    /// <summary>Reads an unquoted term after a marker: capitalised words, or up to four plain words, up to a function word or punctuation.</summary>
    private static string? ReadTerm(string text, int at)
    {
        var words = new List<string>();
        var rest = text[at..];
        bool? capitalised = null;
        foreach (var raw in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.TrimEnd(WordEnd);
            if (w.Length == 0 || TermStop.Contains(w) || w.StartsWith('(') || w.StartsWith('“') || w.StartsWith('"'))
            {
                break;
            }

            // A capitalised term ("Great Game Two") runs while words are capitalised; a plain one for up to three words.
            capitalised ??= char.IsUpper(w[0]);
            if (capitalised.Value ? !char.IsUpper(w[0]) && !char.IsDigit(w[0]) : words.Count >= 3)
            {
                break;
            }

            words.Add(w);
            if (w.Length != raw.Length || words.Count >= 4)
            {
                break;
            }
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    internal static string CleanTerm(string text)
    {
        var clean = text.AsSpan().Trim().Trim(SingleQuotes).TrimEnd(TermEnd).Trim();
        return clean.Length == text.Length ? text : clean.ToString();
    }

    /// <summary>A short noun-like phrase: no sentence punctuation, no pronouns, not starting or ending with a function word.</summary>
    internal static bool IsTermShaped(string term, bool marked)
    {
        if (term.Length < 2 || term.AsSpan().ContainsAny(NotInTerm))
        {
            return false;
        }

        // The words are the space-separated parts of the term (read in place, not split into strings).
        var count = 0;
        var capitalised = 0;
        var allNumbers = true;
        ReadOnlySpan<char> first = default;
        ReadOnlySpan<char> last = default;
        foreach (var range in term.AsSpan().Split(' '))
        {
            var word = term.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            if (Pronouns.Contains(word))
            {
                return false;
            }

            first = count == 0 ? word : first;
            last = word;
            count++;
            capitalised += char.IsUpper(word[0]) ? 1 : 0;
            allNumbers &= IsNumber(word);
        }

        if (count == 0 || count > MaxWords || !marked && count > 4)
        {
            return false;
        }

        if (EdgeWords.Contains(first) || EdgeWords.Contains(last) || allNumbers)
        {
            return false;
        }

        if (!char.IsLetter(term[0]) || Gazetteer.IsStateName(term))
        {
            return false;
        }

        // Three or more capitalised words without an introducing phrase read like a title.
        return marked || count < 3 || capitalised < 3;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
