using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Lexicon;
using BriefBot.Core.Extraction.Text;
using BriefBot.Core.Ingestion;

namespace BriefBot.Core.Extraction;

/// <summary>A person named in a sentence, with what the sentence says about them.</summary>
/// <param name="Speaks">Quoted or cited as a source here: "X said", "according to X", an author.</param>
/// <param name="Unconfirmed">Found only from how the sentence treats a name nothing else marks as a person's ("Wren Talbot said"):
/// kept when the article names the person again.</param>
internal readonly record struct PersonHit(string Name, IReadOnlyList<RoleSegment> Roles, bool InOffice, SentenceView Where, bool Speaks = false, bool Unconfirmed = false);

/// <summary>
/// Finds people: "X, a senior fellow at Y", "Y research director X", "Foreign Minister X", "X is an economist at Y",
/// "A and B, a researcher at Y and a fellow at Z respectively", "Professor X", and full names starting with a common given name.
/// </summary>
internal static partial class PersonFinder
{
    internal static readonly Regex AppositionStart = new(
        @"(?<![\p{L}\p{M}'’-])(?<name>" + Patterns.Name + @")(?<sep>[ ]*,[ ]*|[ ]+[–—][ ]+|[ ]+-[ ]+|[ ]+(?=an?[ ]))(?=\S)", Patterns.Options);

    [GeneratedRegex(@"(?<name>" + Patterns.Name + @")[ ]+and[ ]+$", Patterns.Generated)]
    private static partial Regex PrecedingName { get; }

    /// <summary>"Jane Doe is a senior fellow at X", and as author notes write it, without the article: "Jane Doe is Senior Fellow at X".</summary>
    /// <remarks>
    /// Read in two steps, the name and verb, then what follows: one expression holding the long list of role nouns grows
    /// too big for the JIT to optimise, and the name and verb alone rule out most sentences.
    /// </remarks>
    private static readonly CuedRegex Bio = new(new Regex(@"^(?<name>" + Patterns.Name + @")[ ]+(?:is|was|has been|serves as|works as)[ ]+", Patterns.Options), MayBeBio);

    /// <summary>What must follow <see cref="Bio"/>'s verb, besides "a", "an" or "the": a role noun, or one within three words.</summary>
    private static readonly Regex BioRole = new(@"\G(?:" + Patterns.RoleNounsEitherFirst + @"\b|(?:[\p{L}-]+[ ]+){1,3}" + Patterns.RoleNounsEitherFirst + @"\b)", Patterns.Options);

    /// <summary>"research director Jane Doe", tried only where <see cref="RoleNounStarts"/> says a role noun may start.</summary>
    internal static readonly CuedStarts RoleBeforeName = new(new Regex(
        @"\G(?<![\p{L}\p{M}-])(?<role>" + Patterns.RoleNounsLower + @")[ ]+(?<name>" + Patterns.Name + @")", Patterns.Options), RoleNounStarts);


    private static readonly int LongestRoleNoun = Patterns.LowerRoleNouns().Max(w => w.Length);

    internal static readonly Regex Office = new(
        @"(?<![\p{L}\p{M}])(?<office>" + Patterns.OfficeWords +
        @"(?:[ ]+of[ ]+(?:the[ ]+)?\p{Lu}[\p{Ll}]+(?:[ ]+(?:and[ ]+)?\p{Lu}[\p{Ll}]+){0,3})?)[ ]+(?<name>" + Patterns.Name + @")(?:[ ]+of[ ]+(?:the[ ]+)?(?<of>" + Patterns.Name + @"))?",
        Patterns.Options);

    /// <summary>Role nouns a country before them is the subject of ("Russia expert"), not the employer of ("Russia's envoy").</summary>
    private static readonly FrozenSet<string> SubjectExperts = FrozenSet.ToFrozenSet(["expert", "specialist", "scholar", "watcher", "hand", "analyst"], StringComparer.Ordinal);

    internal static readonly OfficeStarts OfficeStart = new(Words.OfficeWords);

    internal static readonly Regex NameOfOrganisation = new(
        @"(?<![\p{L}\p{M}'’-])(?<name>" + Patterns.Name + @")[ ]+of[ ]+(?:the[ ]+)?(?<org>\p{Lu}[\p{L}\p{M}&-]*(?:[ ]+(?:of[ ]+|for[ ]+|and[ ]+|the[ ]+)?\p{Lu}[\p{L}\p{M}&-]*){0,6})[ ]*,?[ ]+(?:has|had|is|was|said|says|argues|argued|notes|noted|told|tells|writes|wrote|warns|warned|believes|thinks|calls|called|describes|described|points|pointed|observes|observed|explains|explained|adds|added|insists|insisted|suggests|suggested|predicts|predicted)\b",
        Patterns.Options);

    /// <summary>Cue for <see cref="Honorific"/>: the start of each of its titles ("Prof" for both "Prof" and "Professor").</summary>
    private static readonly SearchValues<string> HonorificStarts = SearchValues.Create(["Prof", "Dr", "Mr", "Ms", "Sir", "Dame", .. TitlePatterns.FirstWords], StringComparison.Ordinal);

    private static readonly CuedRegex Honorific = new(new Regex(
        @"(?<![\p{L}\p{M}-])(?<h>Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|" + TitlePatterns.Alternation + @")[ ]+(?<name>" + Patterns.Name + @")", Patterns.Options), text => text.AsSpan().ContainsAny(HonorificStarts));

    private static readonly Regex NameHere = new(@"\G(?<name>" + Patterns.Name + @")", Patterns.Options);

    [GeneratedRegex(@"(?<![\p{L}\p{M}'’-])(?:\p{Lu}[\p{Ll}\p{M}-]+(?:['’]s)?[ ]+){1,2}$", Patterns.Generated | RegexOptions.RightToLeft)]
    private static partial Regex PrecedingWords { get; }

    [GeneratedRegex(@"(?<![\p{L}\p{M}'’-])(?:[\p{Ll}-]+[ ]+){1,3}$", Patterns.Generated | RegexOptions.RightToLeft)]
    private static partial Regex LowerWordsBefore { get; }

    /// <summary>Cue for <see cref="Bio"/>: the verbs it reads after the name, between spaces.</summary>
    private static readonly SearchValues<string> BioVerbs = SearchValues.Create([" is ", " was ", " has been ", " serves as ", " works as "], StringComparison.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OfficeModifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "Foreign", "Prime", "Deputy", "Vice", "Home", "Interior", "Finance", "Defence", "Defense", "Energy", "Trade", "Supreme", "Crown",
        "Grand", "Chief", "Former", "Acting", "Economy", "Justice", "Health", "Education", "Oil", "Petroleum", "Mining", "Foreign Affairs",
        "Great", "New", "Global", "National", "Regional", "International", "Domestic", "Local",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the people named in <paramref name="s"/> to <paramref name="hits"/>.</summary>
    /// <param name="words">The sentence's words (<see cref="WordRanges.Of"/>).</param>
    public static void Find(SentenceView s, ReadOnlySpan<WordRange> words, List<PersonHit> hits)
    {
        var text = s.Text;
        FindOffices(s, hits);

        var bio = Bio.Match(text) is { Success: true } head && RoleFollows(text, head.Index + head.Length) ? head : Match.Empty;
        if (bio.Success && Clean(bio.Groups["name"].ValueSpan) is { } bioName)
        {
            var roles = Apposition.Parse(text, bio.Index + bio.Length, stopAtDash: false);
            if (roles.Count > 0)
            {
                hits.Add(new PersonHit(bioName, roles, AnyPolitical(roles), s));
            }
        }

        for (var m = SeparatedNames.Next(AppositionStart, text, 0); m.Success; m = SeparatedNames.Next(AppositionStart, text, m.Index + m.Length))
        {
            if (bio.Success && m.Index == bio.Index)
            {
                continue;
            }

            var sep = m.Groups["sep"].ValueSpan.Trim();
            var rest = m.Index + m.Length;
            if (sep.IsEmpty && !StartsWithArticle(text, rest))
            {
                continue;
            }

            var roles = Apposition.Parse(text, rest, stopAtDash: sep.Contains('–') || sep.Contains('—') || sep is "-");
            if (roles.Count == 0 || Clean(m.Groups["name"].ValueSpan) is not { } name)
            {
                continue;
            }

            var pair = Cues.EndsWithAnd(text, m.Index) ? PrecedingName.Match(text, Math.Max(0, m.Index - 200), Math.Min(m.Index, 200)) : Match.Empty;
            if (pair.Success && Clean(pair.Groups["name"].ValueSpan) is { } first)
            {
                if (roles.Count >= 2 && Respectively(text, rest))
                {
                    hits.Add(new PersonHit(first, [roles[0]], roles[0].Political, s));
                    hits.Add(new PersonHit(name, roles.Skip(1).ToList(), AnyPolitical(roles, 1), s));
                    continue;
                }

                if (!StartsWithArticle(text, rest) && !text.AsSpan(rest).StartsWith("the ", StringComparison.Ordinal))
                {
                    hits.Add(new PersonHit(first, roles, AnyPolitical(roles), s)); // "A and B, researchers at X"; "A and B, the head of X" is B alone
                }
            }

            hits.Add(new PersonHit(name, roles, AnyPolitical(roles), s, Unconfirmed: !name.Contains(' ', StringComparison.Ordinal) && !Titled(m.Groups["name"].ValueSpan)));
        }

        foreach (var m in RoleBeforeName.Matches(text))
        {
            if (Clean(m.Groups["name"].ValueSpan) is not { } name || !name.Contains(' ', StringComparison.Ordinal) && !char.IsUpper(m.Groups["name"].ValueSpan[0]))
            {
                continue;
            }

            var roleStart = m.Index;
            var lower = LowerWordsBefore.Match(text, 0, roleStart);
            if (lower.Success && lower.Index + lower.Length == roleStart)
            {
                roleStart = RoleModifiers.Start(text, lower.Index, roleStart); // "senior research fellow", "deputy national security adviser"
            }

            var role = RoleLead.Trim(text[roleStart..(m.Groups["role"].Index + m.Groups["role"].Length)]);
            var affiliation = ChunkBefore(text, roleStart) ?? BodyOfAList(text, roleStart);
            if (affiliation is not null && SubjectExperts.Contains(m.Groups["role"].Value) && Gazetteer.IsStateName(affiliation))
            {
                role = affiliation + " " + role; // "China expert Jane Doe": the country is what she knows, not where she works
                affiliation = null;
            }

            var political = Apposition.IsPoliticalAt(role, affiliation is null ? [] : [affiliation]);
            var single = !name.Contains(' ', StringComparison.Ordinal) && !Titled(m.Groups["name"].ValueSpan);
            hits.Add(new PersonHit(name, [new RoleSegment(role, affiliation is null ? [] : [affiliation], political)], political, s, Unconfirmed: single));
        }

        for (var m = NamesOfOrganisations.Next(NameOfOrganisation, text, 0); m.Success; m = NamesOfOrganisations.Next(NameOfOrganisation, text, m.Index + m.Length))
        {
            if (Clean(m.Groups["name"].ValueSpan) is { } name && name.Contains(' ', StringComparison.Ordinal) && !OfficeWords.Contains(FirstWord(m.Groups["name"].ValueSpan)))
            {
                var org = m.Groups["org"].Value;
                var inOffice = Gazetteer.IsStateName(org);
                hits.Add(new PersonHit(name, inOffice ? [] : [new RoleSegment(string.Empty, [org], false)], false, s, Speaks: !inOffice)); // "X of Y has called ..."
            }
        }

        for (var m = Honorific.Match(text); m.Success; m = m.NextMatch())
        {
            if (Clean(m.Groups["name"].ValueSpan) is { } name && TitlePatterns.Fits(text, m.Groups["h"], name))
            {
                var h = m.Groups["h"].Value.TrimEnd('.');
                var office = Titles.Offices.Contains(h);
                IReadOnlyList<RoleSegment> roles = h is "Professor" or "Prof" ? [new RoleSegment("professor", [], false)]
                    : TitlePatterns.RoleOf(h) is not null ? [new RoleSegment(m.Groups["h"].Value, [], office)] : [];
                hits.Add(new PersonHit(name, roles, office, s));
            }
        }

        SpeakerNames.Find(s, hits);
        RoleThenName.Find(s, hits);
        TitledRoleBeforeName.Find(s, hits);

        // A given name and a capitalised word, not inside a longer capitalised run ("... said Jane Doe"), unless a speech
        // verb follows the name: "the head of the Harbour Port Authority Jane Doe said".
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var word = words[i];
            if (!StartsName(text, word, words[i + 1]))
            {
                continue;
            }

            // Glued: the end of a capitalised run comes right before the given name.
            var before = words[Math.Max(0, i - 1)];
            var glued = i > 0 && before.IsCapitalised(text) && before.End >= word.Start - 1;
            if (glued && (GivenNames.Contains(before.Raw(text)) || before.End - before.Start <= 2))
            {
                continue; // "Iain Duncan Smith", "J. Duncan Smith": a longer name, not a body before one
            }

            var m = NameHere.Match(text, word.Start);
            if (m.Success && Clean(m.Groups["name"].ValueSpan) is { } name && name.Contains(' ', StringComparison.Ordinal) &&
                name.AsSpan().StartsWith(word.Raw(text), StringComparison.Ordinal) && (!glued || SpeechFollows(text, m.Index + m.Length)))
            {
                hits.Add(new PersonHit(name, [], false, s, Speaks: glued));
            }
        }
    }

    /// <summary>
    /// Where a role noun may start that spaces and a capital follow: each letter within the longest noun's reach before
    /// the end of a word that ends such a noun ("…fellow Jane"), when no letter or hyphen is before it; null when none.
    /// </summary>
    internal static List<int>? RoleNounStarts(string text)
    {
        List<int>? starts = null;
        for (var space = -1; Cues.NextWordBeforeCapital(text, Patterns.LowerRoleNounTails, ref space, out var tail, out var end);)
        {
            for (var p = Math.Max(0, end - LongestRoleNoun); p <= tail; p++)
            {
                if (p == 0 || !char.IsLetter(text[p - 1]) && text[p - 1] != '-')
                {
                    (starts ??= []).Add(p);
                }
            }
        }

        return starts is null ? null : CuedMatches.Ordered(starts);
    }

    /// <summary>
    /// Cue for <see cref="Bio"/>: its verb can only be the first one in the sentence (a name holds no lower-case word but
    /// a particle), so every word before that verb must start like a word of a name.
    /// </summary>
    private static bool MayBeBio(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]) || text.AsSpan().IndexOfAny(BioVerbs) is not (var verb and > 0))
        {
            return false;
        }

        foreach (var range in text.AsSpan(0, verb).SplitAny(' ', '\u00A0'))
        {
            var word = text.AsSpan(0, verb)[range];
            if (word.Length > 0 && !char.IsUpper(word[0]) && word[0] is not ('“' or '"') && !Particles.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SpeechFollows(string text, int at)
    {
        var rest = text.AsSpan(at).TrimStart(' ');
        return rest.StartsWith("said", StringComparison.Ordinal) || rest.StartsWith("says", StringComparison.Ordinal) || rest.StartsWith("told", StringComparison.Ordinal);
    }

    private static bool RoleFollows(string text, int at)
    {
        var rest = text.AsSpan(at);
        return rest.StartsWith("a ", StringComparison.Ordinal) || rest.StartsWith("an ", StringComparison.Ordinal) ||
               rest.StartsWith("the ", StringComparison.Ordinal) || BioRole.IsMatch(text, at);
    }

    private static bool StartsName(string text, WordRange word, WordRange next) =>
        word.IsCapitalised(text) && next.IsCapitalised(text) && GivenNames.Contains(word.Raw(text));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNames = Words.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a name of two words or more starts with a common given name.</summary>
    public static bool StartsWithGivenName(string name) =>
        name.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 && GivenNames.Contains(name.AsSpan(0, space));

    // "A and B, the X and the Y of Z, respectively": looked for only as far as such an apposition reaches, so that a
    // sentence of many appositions is not read to its end once for each.
    private static bool Respectively(string text, int from) =>
        text.AsSpan(from, Math.Min(text.Length - from, 300)).Contains("respectively", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text) => text.IndexOf(' ') is var space and >= 0 ? text[..space] : text;

    private static bool AnyPolitical(IReadOnlyList<RoleSegment> roles, int from = 0)
    {
        for (var i = from; i < roles.Count; i++)
        {
            if (roles[i].Political)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a " or "an " at <paramref name="at"/>.</summary>
    private static bool StartsWithArticle(string text, int at) =>
        text.AsSpan(at).StartsWith("a ", StringComparison.Ordinal) || text.AsSpan(at).StartsWith("an ", StringComparison.Ordinal);

    private static void FindOffices(SentenceView s, List<PersonHit> hits)
    {
        var start = OfficeStart.First(s.Text);
        for (var m = start < 0 ? Match.Empty : Office.Match(s.Text, start); m.Success; m = m.NextMatch())
        {
            if (Clean(m.Groups["name"].ValueSpan) is not { } name)
            {
                continue;
            }

            var office = m.Groups["office"].ValueSpan;
            if (!name.Contains(' ', StringComparison.Ordinal) && office.LastIndexOf(' ') is var lastSpace and > 0 && GivenNames.Contains(office[(lastSpace + 1)..]))
            {
                name = string.Concat(office[(lastSpace + 1)..], " ", name); // "Secretary of State Jane Doe", not "Secretary of State Jane" and "Doe"
                office = office[..lastSpace];
            }

            var affiliations = new List<string>();
            var title = t_title ??= new StringBuilder(48);
            title.Clear();
            var words = 0;
            var preceding = PrecedingWords.Match(s.Text, 0, m.Index);
            var pre = preceding.Success && preceding.Index + preceding.Length == m.Index ? preceding.ValueSpan : [];
            foreach (var range in pre.Split(' '))
            {
                var word = pre[range];
                if (word.IsEmpty)
                {
                    continue;
                }

                var w = word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
                if (Gazetteer.Find(w) is { } country)
                {
                    affiliations.Add(country.Name);
                }
                else if (!NeverNameStart.Contains(w) || OfficeModifiers.Contains(w))
                {
                    AppendWord(title, ref words, w);
                }
            }

            AppendWord(title, ref words, office);
            if (m.Groups["of"].Success && Gazetteer.Find(m.Groups["of"].ValueSpan) is { } of)
            {
                affiliations.Add(of.Name);
            }

            hits.Add(new PersonHit(name, [new RoleSegment(title.ToString(), affiliations, true)], true, s));
        }
    }

    /// <summary>The title being built by <see cref="FindOffices"/> on this thread.</summary>
    [ThreadStatic]
    private static StringBuilder? t_title;

    /// <summary>Appends a word as string.Join(' ', ...) would, a space before every word but the first.</summary>
    private static void AppendWord(StringBuilder title, ref int words, ReadOnlySpan<char> word) => (words++ > 0 ? title.Append(' ') : title).Append(word);

    /// <summary>
    /// "officials of the Harbour Court (HC), including chief clerk X": a role in a list that "including" brings in is held
    /// at the body the list is drawn from, named right before it after "of", "in", "at" or "from".
    /// </summary>
    private static string? BodyOfAList(string text, int roleStart)
    {
        var before = text.AsSpan(0, roleStart).TrimEnd();
        if (!before.EndsWith(" including", StringComparison.Ordinal))
        {
            return null;
        }

        var run = before[..^" including".Length].TrimEnd();
        if (!run.EndsWith(','))
        {
            return null;
        }

        run = run[..^1].TrimEnd();
        if (run.EndsWith(')') && run.LastIndexOf('(') is var open and > 0)
        {
            run = run[..open].TrimEnd(); // "(ICC)"
        }

        // Back over the body's name: capitalised words, and "of", "for", "and" between them.
        var from = run.Length;
        while (run[..from].TrimEnd() is var rest && rest.LastIndexOf(' ') is var space and >= 0)
        {
            var word = rest[(space + 1)..];
            if (word.IsEmpty || !char.IsUpper(word[0]) && !(word is "of" or "for" or "and" && from < run.Length))
            {
                break;
            }

            from = space + 1;
        }

        var name = run[from..].Trim().ToString();
        while (name.StartsWith("of ", StringComparison.Ordinal) || name.StartsWith("for ", StringComparison.Ordinal) || name.StartsWith("and ", StringComparison.Ordinal))
        {
            name = name[(name.IndexOf(' ') + 1)..];
        }

        var lead = run[..from].TrimEnd();
        if (lead.EndsWith(" the", StringComparison.Ordinal))
        {
            lead = lead[..^4].TrimEnd();
        }

        return name.Length > 0 && char.IsUpper(name[0]) && name.Contains(' ', StringComparison.Ordinal) &&
               (lead.EndsWith(" of", StringComparison.Ordinal) || lead.EndsWith(" in", StringComparison.Ordinal) ||
                lead.EndsWith(" at", StringComparison.Ordinal) || lead.EndsWith(" from", StringComparison.Ordinal)) ? name : null;
    }

    /// <summary>Words that start no name alone but often start a body's ("International Crisis Group", "Foreign Ministry").</summary>
    private static readonly HashSet<string> NameAdjectives = new(StringComparer.Ordinal)
    {
        "Western", "Eastern", "Northern", "Southern", "Global", "International", "Regional", "National", "Local", "Foreign", "Domestic", "Great", "New",
    };

    /// <summary>The capitalised words right before a role: "Harbour Club" in "Harbour Club research director X".</summary>
    private static string? ChunkBefore(string text, int end)
    {
        var words = text[..end].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words[^1].StartsWith('(') && words[^1].EndsWith(')'))
        {
            words = words[..^1]; // "Institute for Security Studies (ISS) analyst X"
        }

        var chunk = new List<string>();
        for (var i = words.Length - 1; i >= 0 && chunk.Count < 6; i--)
        {
            var w = words[i];
            if (w.Length == 0 || !(char.IsUpper(w[0]) || w is "of" or "for" or "&") || w[^1] is ',' or '.' or ':' or ';' or ')' or '”')
            {
                break;
            }

            chunk.Insert(0, w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w);
        }

        while (chunk.Count > 0 && (Words.NeverNameStart.Contains(chunk[0]) && !(chunk.Count > 1 && NameAdjectives.Contains(chunk[0])) ||
                                   chunk[0] is "of" or "for" or "and" or "&" or "Former" or "Then" or "Acting" or "Retired"))
        {
            chunk.RemoveAt(0);
        }

        if (chunk.Count == 0)
        {
            return null;
        }

        // A state is kept as the text names it ("UK counterpart", "White House adviser"), but neither its people nor its
        // capital city is an affiliation: "Chinese" and "Beijing" are China.
        var name = string.Join(' ', chunk);
        return Gazetteer.Find(name) is { } country && (country.Demonyms.Contains(name, StringComparer.OrdinalIgnoreCase) ||
                                                       country.Capitals.Count > 0 && string.Equals(country.Capitals[0], name, StringComparison.OrdinalIgnoreCase))
            ? country.Name
            : name;
    }

    /// <summary>Whether the name as matched starts with a title: "Mr Doe", "Gen. Doe".</summary>
    private static bool Titled(ReadOnlySpan<char> raw) => raw.IndexOf(' ') is var space and > 0 && IsTitle(raw[..space]);

    private const string NameSpaces = " \u00A0";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverNameStart = Words.NeverNameStart.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Honorifics = Words.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OfficeWords = Words.OfficeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgHeads = Words.OrgHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Head words of place names, never in a person's name: "Harbour Square", "Northern Sea".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceHeads = new[]
    {
        "Square", "Street", "Avenue", "Boulevard", "Sea", "Ocean", "Strait", "Straits", "Gulf", "Peninsula", "Airport", "Palace",
        "Stadium", "Province", "District", "Island", "Islands", "Garden", "Gardens", "Mountains", "Desert", "Canal", "Internet",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleNouns = Words.RoleNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Trims words that are not part of a name; null when nothing name-like is left.</summary>
    public static string? Clean(string raw) => Clean(raw.AsSpan(), raw);

    /// <summary><see cref="Clean(string)"/> for a piece of text: only the name found is copied.</summary>
    public static string? Clean(ReadOnlySpan<char> raw) => Clean(raw, null);

    /// <param name="raw">The text to clean.</param>
    /// <param name="whole">The same text as a string, returned as it is when it is the name, or null.</param>
    private static string? Clean(ReadOnlySpan<char> raw, string? whole)
    {
        var value = raw.Trim();
        if (value.EndsWith("’s", StringComparison.Ordinal) || value.EndsWith("'s", StringComparison.Ordinal))
        {
            value = value[..^2];
        }

        // The words, split on spaces as string.Split(..., RemoveEmptyEntries) splits them (the buffer holds every word of short text).
        Span<Range> all = stackalloc Range[16];
        var n = value.SplitAny(all, NameSpaces, StringSplitOptions.RemoveEmptyEntries);
        if (n == all.Length)
        {
            all = new Range[value.Length / 2 + 2];
            n = value.SplitAny(all, NameSpaces, StringSplitOptions.RemoveEmptyEntries);
        }

        var first = 0;
        for (var i = n - 2; i >= 0; i--)
        {
            if (value[all[i]].EndsWith("’s", StringComparison.Ordinal) || value[all[i]].EndsWith("'s", StringComparison.Ordinal))
            {
                first = i + 1; // "Ruritania's Jan Novak" is Jan Novak
                break;
            }
        }

        var titled = false;
        while (first < n && IsNeverFirst(value[all[first]]))
        {
            titled |= IsTitle(value[all[first]]);
            first++;
        }

        var nicknames = 0;
        for (var i = first; i < n; i++)
        {
            nicknames += IsNickname(value[all[i]]) ? 1 : 0;
        }

        var count = n - first - nicknames;
        if (count is 0 or > 5 || count == 1 && n > 1 && !titled)
        {
            return null; // "International Relations" is not a person called Relations
        }

        var length = count - 1;
        for (var i = first; i < n; i++)
        {
            var w = value[all[i]];
            if (IsNickname(w))
            {
                continue;
            }

            if (OrgHeads.Contains(w) || PlaceHeads.Contains(w) || DateText.IsMonthName(w) || NeverNameStart.Contains(w) && !IsParticle(w) ||
                RoleNouns.Contains(w) || OfficeWords.Contains(w) || IsCapitalsWord(w) || i > first && IsTitle(w) && (i < n - 1 || Honorifics.Contains(w.TrimEnd('.'))))
            {
                return null; // "Said Mr Pence" is not a name
            }

            length += w.Length;
        }

        var name = (length <= 128 ? stackalloc char[128] : new char[length])[..length];
        var at = 0;
        for (var i = first; i < n; i++)
        {
            if (IsNickname(value[all[i]]))
            {
                continue;
            }

            if (at > 0)
            {
                name[at++] = ' ';
            }

            value[all[i]].CopyTo(name[at..]);
            at += value[all[i]].Length;
        }

        var last = value[all[n - 1]];
        if (Gazetteer.IsStateName(name) || Gazetteer.IsStateName(last) || IsParticle(last) || last.EndsWith('.'))
        {
            return null;
        }

        return whole is not null && name.SequenceEqual(whole) ? whole : name.ToString();
    }

    /// <summary>A word that cannot start a name and is left off the front: "The", "Dr.", "Gen.", "Madam", "President", "March", "France".</summary>
    private static bool IsNeverFirst(ReadOnlySpan<char> w) =>
        NeverNameStart.Contains(w) || IsTitle(w) || OfficeWords.Contains(w) || DateText.IsMonthName(w) || Gazetteer.IsStateName(w);

    /// <summary>A form of address, rank or religious title: "Mr", "Dr.", "Madam", "Lt.", "Patriarch".</summary>
    private static bool IsTitle(ReadOnlySpan<char> w) => Honorifics.Contains(w.TrimEnd('.')) || Titles.IsTitleWord(w);

    /// <summary>A nickname in quotation marks: "“Jay”".</summary>
    private static bool IsNickname(ReadOnlySpan<char> w) => w.Length > 2 && w[0] is '"' or '“' && w[^1] is '"' or '”';

    /// <summary>More than one letter, all of them capitals: "NATO", "U.N".</summary>
    private static bool IsCapitalsWord(ReadOnlySpan<char> w)
    {
        var letters = 0;
        foreach (var c in w)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }

    /// <summary>The particles of <see cref="Patterns.Particle"/> ("(?:de|da|...)").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles =
        Patterns.Particle[3..^1].Split('|').ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word is a particle, as <c>^(?:de|da|...)$</c> decides (which allows a final line break).</summary>
    private static bool IsParticle(ReadOnlySpan<char> w) => Particles.Contains(w) || w.EndsWith('\n') && Particles.Contains(w[..^1]);
}
