using System.Collections.Frozen;

namespace BriefBot.Core.Extraction;

/// <summary>
/// Tells quoted speech and evaluations from terms by their shape. Most quoted phrases in real text are words someone
/// said: a clause ("looks doubtful", "prices will be cut"), a verdict ("mad", "null and void", "utterly false"),
/// an insult or a boast ("a giant leap"). A term of art is a noun phrase: no finite verb, no
/// adverb in front, no evaluative adjective, not ending in an adjective or a particle.
/// </summary>
internal static class QuotedPhraseShape
{
    private static FrozenSet<string> Set(params string[] items) => items.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Auxiliaries, modals and common finite verbs: a phrase holding one is a clause someone said.</summary>
    private static readonly FrozenSet<string> Verbs = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't", "will", "won't", "would",
        "wouldn't", "shall", "should", "shouldn't", "can", "can't", "cannot", "could", "couldn't", "may", "might", "must", "do", "does",
        "did", "don't", "doesn't", "didn't", "has", "have", "had", "hasn't", "haven't", "seem", "seems", "seemed", "appear", "appears",
        "appeared", "love", "loves", "loved", "live", "hate", "hates", "want", "wants", "wanted", "need", "needs", "know", "knows", "knew",
        "think", "thinks", "thought", "believe", "believes", "say", "says", "said", "get", "gets", "got", "go", "goes", "went", "make",
        "makes", "made", "take", "takes", "took", "give", "gives", "gave", "come", "comes", "came", "lets", 
        "keeps", "tell", "tells", "told", "feel", "feels", "felt", "looks", "hopes", "tries", "tried",
        "ask", "asks", "asked", "remain", "remains", "continue", "continues", "refused", "shown", "plays", "played", "never",
        "it's", "that's", "there's", "we're", "they're", "i'm", "you're", "he's", "she's", "let's", "we'll", "i'll", "won't");

    /// <summary>Words of verdict, praise and abuse: what a speaker thinks of something, not what it is called.</summary>
    private static readonly FrozenSet<string> Evaluative = Set(
        "insane", "crazy", "mad", "madness", "nonsense", "rubbish", "ridiculous", "absurd", "absurdity", "outrageous", "shameful",
        "disgraceful", "appalling", "appalled", "unacceptable", "illegal", "invalid", "illegitimate", "null", "void", "fake", 
        "wrong", "right", "stupid", "foolish", "silly", "idiotic", "pathetic", "disgusting", "horrible", "horrific", "terrible",
        "awful", "dreadful", "evil", "wicked", "vile", "shocking", "disastrous", "catastrophic", "tragic", "sad", "unfortunate",
        "regrettable", "deplorable", "despicable", "reckless", "irresponsible", "dangerous", "provocative", 
        "enormous", "giant", "huge", "massive", "tremendous", "incredible", "unbelievable", "fantastic", "wonderful", "excellent",
        "amazing", "brilliant", "beautiful", "perfect", "great", "good", "bad", "best", "worst", "better", "worse", "greatest",
        "biggest", "historic", "momentous", "unprecedented", "remarkable", "extraordinary", 
        "deeply", "firmly", "tough", "weak", "unfair", 
        "constructive", "productive", "positive", "negative", "useful", "useless", "meaningless", "pointless", "frustrating",
        "disappointing", "disappointed", "concerned", "worried", "worrying", "troubling", "alarming", "unlikely", "likely",
        "possible", "impossible", "difficult", "easy", "clear", "obvious", "unpredictable", "unpredictability", "risky", "liar", "liars", "clown", "idiot", "traitor", "traitors",
        "bully", "coward", "cowards", "loser", "losers", "murderer", 
        "sick", "ugly", "nasty", "villain", "breathtaking", "stunning", "shameful", "outright", "blatant",
        "flagrant", "gross", "grossly", "baseless", "groundless", "unfounded", "malicious", "slanderous", "preposterous",
        "laughable", "sensible", "reasonable", "strict", "full", "fruitful", "thorough", "transparent", "nightmare", "disaster", "farce", "sham", "travesty", "mockery", "joke", "lie", "lies", "hoax", "witch",
        "disgrace", "scandal", "outrage", "insult", "slap", "betrayal", 
        "leap", "many", "much", "lot", "lots");

    /// <summary>Words a term of art does not start with: quantifiers, degree words and adverbs of emphasis.</summary>
    private static readonly FrozenSet<string> NotFirst = Set(
        "further", "more", "most", "less", "least", "many", "much", "some", "any", "all", "every", "each", "few", "several",
        "other", "another", "such", "same", "own", "very", "too", "so", "just", "only", "even", "also", "still", "really",
        "truly", "quite", "rather", "fully", "completely", "totally", "absolutely", "utterly", "entirely", "simply", "yes", "little",
        "not", "never", "always", "there", "here", "now", "today", "tomorrow", "yesterday", "please", "thank", "thanks", "hello",
        "dear", "oh", "ah", "well", "okay", "ok");

    /// <summary>Words a term of art does not end with: particles, adverbs and adjectives that are left over from speech.</summary>
    private static readonly FrozenSet<string> NotLast = Set(
        "forward", "forwards", "backward", "backwards", "again", "ever", "too", "enough", "instead", "away", "out", "up", "down",
        "off", "back", "over", "around", "along", "together", "already", "yet", "soon", "now", "today", "here", "there", "else",
        "whatsoever", "aside", "anyway", "indeed", "though", "ago", "possible", "other", "all", "one");

    /// <summary>Words that start the object of a verb in "-ing" ("signing a", "taking some").</summary>
    private static readonly FrozenSet<string> ObjectStarts = Set(
        "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "little", "some",
        "against", "through", "to", "with", "for", "on", "in", "at", "up", "out", "down", "off", "over", "into");

    /// <summary>Pronoun-like words that no term contains.</summary>
    private static readonly FrozenSet<string> Pronouns = Set(
        "each", "everyone", "everybody", "everything", "nothing", "something", "anything", "nobody", "somebody", "anybody",
        "someone", "anyone", "whoever", "whatever", "these", "those", "this", "that", "mine", "yours", "ours", "theirs", "hers");

    /// <summary>Whether the quoted <paramref name="term"/> reads as speech or a verdict rather than a term.</summary>
    public static bool IsSpeechOrVerdict(string term)
    {
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return true;
        }

        if (words.Length > 1 && IsShouted(term))
        {
            return true;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i].Trim('’', '\'', ',');
            var capitalisedInside = i > 0 && char.IsUpper(w[0]);
            if (Verbs.Contains(w) || Pronouns.Contains(w) || !capitalisedInside && Evaluative.Contains(w) && !(i == 0 && char.IsUpper(w[0]) && words.Length > 1))
            {
                return true;
            }
        }

        var first = words[0];
        var last = words[^1].TrimEnd('’', '\'');
        if (words.Length > 1 && first.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && (char.IsUpper(words[1][0]) || ObjectStarts.Contains(words[1])))
        {
            return true; // a verb with its object: "blaming Ruritania", "signing a new one"
        }

        if (words.Length > 1 && char.IsUpper(first[0]) && first.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(words[1][0]) &&
            words[1].EndsWith('s'))
        {
            return true; // a clause that opens a sentence: "Paying tributes", "Selling bonds"
        }

        return NotFirst.Contains(first) || IsAdverb(first) || words.Length > 1 && (NotLast.Contains(last) || IsAdverb(last) || IsAdjective(last)) ||
               NamesPeople(words, last);
    }

    /// <summary>
    /// Nouns for people, as epithets and abuse use them: a quoted phrase whose head is one ("black devils", "crooks and
    /// thieves", "the last dictator", "industrious Ruritanians") calls someone something; it names no idea.
    /// </summary>
    private static readonly FrozenSet<string> PeopleNouns = Set(
        "devil", "devils", "demon", "demons", "monster", "monsters", "dictator",
        "dictators", "tyrant", "tyrants", "despot", "crook", "crooks", "thief", "thieves", "thug", "thugs", "puppet", "puppets",
        "stooge", "stooges", "lackey", "lackeys", "henchman", "henchmen", "cronies", "gangster", "gangsters", "bandit", "bandits",
        "criminal", "criminals", "rioter", "rioters", "savage", "savages", "barbarian", "barbarians", "animals", "beast", "beasts",
        "hero", "heroes", "enemy", "enemies", "friend", "friends", "boss", "master", "masters", "slave", "slaves", "rat", "rats",
        "scum", "mob", "rabble", "vermin", "parasite", "parasites", "terrorist", "terrorists", "extremist", "extremists");

    private static bool NamesPeople(string[] words, string last) =>
        PeopleNouns.Contains(last) || words.Length > 1 && char.IsUpper(last[0]) && last.EndsWith('s') && Lexicon.Gazetteer.IsStateName(last[..^1]);

    /// <summary>
    /// Whether a single quoted word brought in by "call" or "describe ... as" can be a term: an abstract noun by its ending
    /// ("-ism", "-ment", "-ity" ...); an insult or a bare adjective is not.
    /// </summary>
    public static bool LooksLikeAbstractNoun(string word)
    {
        string[] endings = ["ism", "ment", "tion", "sion", "ity", "ance", "ence", "ship", "hood", "acy", "ing", "ness", "dom", "ology", "archy", "cracy", "polity"];
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return word.Contains('-', StringComparison.Ordinal) || word.Any(char.IsDigit) || word.Skip(1).Any(char.IsUpper);
    }

    /// <summary>Words in capitals throughout ("TOTAL DISGRACE"): shouting, not a term.</summary>
    private static bool IsShouted(string term)
    {
        var letters = 0;
        foreach (var c in term)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 5;
    }

    /// <summary>An adverb by its ending: "needlessly", "utterly", "politically" (not "family", "supply" or "ally").</summary>
    private static bool IsAdverb(string word)
    {
        string[] endings = ["ally", "ously", "ively", "fully", "ently", "antly", "ately", "edly", "ingly", "arly", "ssly", "ibly", "ably", "etely", "ily"];
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An adjective or participle by its ending ("dangerous", "doubtful", "feasible", "unfounded"): a phrase ending in one is a verdict.</summary>
    private static bool IsAdjective(string word)
    {
        string[] endings = ["ous", "ful", "able", "ible", "less", "ish", "ed"];
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return Evaluative.Contains(word);
    }
}
