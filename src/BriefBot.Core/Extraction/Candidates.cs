using System.Text.RegularExpressions;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Extraction;

/// <summary>Something extraction believes is an entity, gathered across articles before ids are final.</summary>
internal sealed class Candidate(string key, EntityKind kind, ActorKind? actorKind)
{
    public string Key { get; } = key;

    public EntityKind Kind { get; set; } = kind;

    public ActorKind? ActorKind { get; set; } = actorKind;

    /// <summary>Surface forms seen, with how often: the commonest becomes the name.</summary>
    public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Other names: acronyms, surnames, demonyms ... each with how it must be matched.</summary>
    public Dictionary<string, AliasMode> Aliases { get; } = new(StringComparer.Ordinal);

    public List<string> Roles { get; } = [];

    public List<string> Affiliations { get; } = [];

    public List<DefinitionCandidate> Definitions { get; } = [];

    public List<Mention> Seen { get; } = [];

    /// <summary>For a person: quoted or cited as a source somewhere (a speech verb, a professional role, an author), which an expert must be.</summary>
    public bool Source { get; set; }

    /// <summary>The name as it must be shown when it was fixed by a rule (a state's official short name).</summary>
    public string? FixedName { get; set; }

    /// <summary>The commonest name, then the longest, then the first in ordinal order; worked out again only after <see cref="AddName"/>.</summary>
    /// <remarks>The later stages read a person's name for every mention of them.</remarks>
    public string Name => FixedName ?? (_name ??= Names.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key.Length).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key);

    private string? _name;

    /// <summary>Counts a sighting of <paramref name="name"/>: the only way <see cref="Names"/> changes.</summary>
    public void AddName(string name, int weight = 1)
    {
        Names[name] = Names.GetValueOrDefault(name) + weight;
        _name = null;
    }

    public void AddRole(string role)
    {
        if (role.Length > 0 && !Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
        {
            Roles.Add(role);
        }
    }

    public void AddAffiliation(string org)
    {
        if (org.Length > 0 && !Affiliations.Contains(org, StringComparer.OrdinalIgnoreCase))
        {
            Affiliations.Add(org);
        }
    }
}

/// <summary>How an alias must appear in text to count as a mention.</summary>
internal enum AliasMode
{
    /// <summary>Any case ("soft balancing", "Harbour club").</summary>
    Folded,

    /// <summary>First letter capitalised (single words: "Moscow", not "moscow"; "Mensah").</summary>
    Capitalised,

    /// <summary>Exactly as written (acronyms: "US", never "us").</summary>
    Exact,

    /// <summary>A surname standing for a person named in full elsewhere.</summary>
    Surname,
}

/// <summary>A sentence or clause that may define a concept; the best score wins, then the earliest.</summary>
/// <param name="Clause">Where the defining clause is, or null when the whole sentence <paramref name="Where"/> is the definition.</param>
/// <remarks>
/// A definition is kept as where it is, not as its text: only the winning definition is ever read, and tens of
/// thousands of strings would otherwise live until the end of a build.
/// </remarks>
internal sealed record DefinitionCandidate(int Score, ClausePlace? Clause, SentenceView Where)
{
    public string ArticleId => Where.Paragraph.Article.Id;

    public int Paragraph => Where.Paragraph.Index;

    public int Sentence => Where.Index;

    public string Text => Clause is { } clause ? ConceptFinder.Sentenceish(clause.In(Where)) : Where.ReadText();
}

/// <summary>Where a defining clause is: <paramref name="Length"/> characters from <paramref name="Start"/> in the text of its sentence, or of its paragraph.</summary>
internal readonly record struct ClausePlace(int Start, int Length, bool InParagraph)
{
    /// <summary>Where a regular expression's group matched, in the sentence's text or (<paramref name="inParagraph"/>) the paragraph's.</summary>
    public static ClausePlace Of(Group clause, bool inParagraph) => new(clause.Index, clause.Length, inParagraph);

    /// <summary>The clause as written in the sentence <paramref name="where"/> or its paragraph, read again from the article's store.</summary>
    public ReadOnlySpan<char> In(SentenceView where) => (InParagraph ? where.Paragraph.ReadText() : where.ReadText()).AsSpan(Start, Length);
}
