using System.Globalization;
using System.Text;

namespace BriefBot.Benchmarks.Corpus;

/// <summary>Which of the two content formats an article is written in.</summary>
internal enum ContentFormat
{
    Markdown,
    PlainText,
}

/// <summary>
/// Writes one article of about 800 words in the style of published geopolitical analysis: a byline, states and
/// organisations introduced as "Full Name (ACR)", experts with roles and affiliations, terms in quotation marks with
/// definitions, "what they termed", quotations, headings and a dated reading list.
/// </summary>
internal sealed class ArticleWriter(Random rng)
{
    private const int TargetWords = 800;

    public string Write(ContentFormat format, ArticleCast cast)
    {
        var paragraphs = new List<(string Text, bool Heading)>();
        var introduced = new HashSet<Actor>();
        string Name(Actor actor)
        {
            if (actor.Acronym is null)
            {
                return actor.ShortName;
            }

            if (introduced.Add(actor))
            {
                return actor.IsState ? $"the {actor.FullName} ({actor.Acronym})" : $"the {actor.FullName} ({actor.Acronym})";
            }

            return actor.IsState ? (rng.Next(3) == 0 ? actor.Acronym : actor.ShortName) : $"the {actor.Acronym}";
        }

        var s = cast.States;
        var org = cast.Organisations[0];
        var (e1, e2, e3) = (cast.Experts[0], cast.Experts[1], cast.Experts[2]);
        var (c1, c2) = (cast.Concepts[0], cast.Concepts[1]);
        var leader = cast.Leader;

        paragraphs.Add((Join(
            $"{Cap(Name(s[0]))} and {Name(s[1])} have spent the past year arguing over the {Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)} that links them, and {Name(org)} has been drawn into the dispute.",
            Filler(cast, Name),
            Filler(cast, Name),
            $"What looked like a technical quarrel about {Pick(WordLists.Nouns)} has become a test of who sets the rules in the region."), false));

        paragraphs.Add((Pick(WordLists.HeadingWords), true));
        paragraphs.Add((Join(
            $"{e1.Name}, a {e1.Role} at the {e1.Affiliation.FullName} ({e1.Affiliation.Acronym}), calls this “{c1.Term}”: {c1.Definition}.",
            $"In {e1.Last}'s view, “the {Pick(WordLists.Nouns)} was never the real prize; the real prize is the right to decide who else may build one.”",
            Filler(cast, Name),
            Filler(cast, Name)), false));

        paragraphs.Add((Join(
            $"{leader.Role} {leader.Name} of {Name(leader.Affiliation)} has said that his country “will not be rushed into any {Pick(WordLists.Adjectives)} arrangement on {Pick(WordLists.Nouns)}”, a line repeated in almost every profile of its diplomacy.",
            Filler(cast, Name),
            Filler(cast, Name)), false));

        paragraphs.Add((Join(
            $"{e2.Name} and {e3.Name}, a {e2.Role} at the {e2.Affiliation.FullName} ({e2.Affiliation.Acronym}) and a {e3.Role} at the {e3.Affiliation.FullName} ({e3.Affiliation.Acronym}) respectively, proposed in {Pick(WordLists.Months)} {Year()} that {Name(s[0])} and {Name(s[2])} jointly pursue what they termed the “{c2.Term}” to keep both larger partners at a distance.",
            Filler(cast, Name),
            Filler(cast, Name)), false));

        paragraphs.Add((Pick(WordLists.HeadingWords), true));
        var words = paragraphs.Sum(p => CountWords(p.Text));
        while (words < TargetWords - 180)
        {
            var text = Join(Filler(cast, Name), Filler(cast, Name), Filler(cast, Name), rng.Next(3) == 0 ? ConceptSentence(cast) : Filler(cast, Name));
            paragraphs.Add((text, false));
            words += CountWords(text);
        }

        var readings = ReadingList(cast);
        var lead = $"{e1.Name} wrote at length about “{c1.Term}” in the following works, among others:";
        var closing = Join(Filler(cast, Name), $"Whether the “{c1.Term}” survives the next {Pick(WordLists.Nouns)} will depend less on {Name(s[1])} than on {Name(org)}.");
        var author = cast.Author;
        return format == ContentFormat.Markdown
            ? Markdown(cast, paragraphs, lead, readings, closing)
            : PlainText(cast, paragraphs, lead, readings, closing, author);
    }

    private string Markdown(ArticleCast cast, List<(string Text, bool Heading)> paragraphs, string lead, List<(string Date, string Title, string Author)> readings, string closing)
    {
        var b = new StringBuilder(6_500);
        b.Append("---\n");
        b.Append("title: \"").Append(cast.Title.Replace("\"", "'", StringComparison.Ordinal)).Append("\"\n");
        b.Append("author: ").Append(cast.Author.Name).Append('\n');
        b.Append("date: ").Append(cast.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        b.Append("source: ").Append(cast.Outlet).Append('\n');
        b.Append("tags: [").Append(string.Join(", ", cast.States.Take(2).Select(a => a.ShortName))).Append(", ").Append(cast.Concepts[0].Term).Append("]\n");
        b.Append("---\n\n");
        foreach (var (text, heading) in paragraphs)
        {
            b.Append(heading ? "## " : string.Empty).Append(text).Append("\n\n");
        }

        b.Append(lead).Append("\n\n");
        foreach (var (date, title, author) in readings)
        {
            b.Append("- ").Append(date).Append(": “").Append(title).Append("” (").Append(author).Append(")\n");
        }

        b.Append('\n').Append(closing).Append('\n');
        return b.ToString();
    }

    private string PlainText(ArticleCast cast, List<(string Text, bool Heading)> paragraphs, string lead, List<(string Date, string Title, string Author)> readings, string closing, Person author)
    {
        var b = new StringBuilder(6_500);
        b.Append(cast.Title).Append('\n');
        b.Append("Source: ").Append(cast.Outlet).Append("\n\n");
        b.Append(author.Name).Append("\n\n");
        foreach (var (text, _) in paragraphs)
        {
            b.Append(text).Append("\n\n");
        }

        b.Append(lead).Append("\n\n");
        foreach (var (date, title, _) in readings)
        {
            b.Append(date).Append(": “").Append(title).Append("”\n\n");
        }

        b.Append(closing).Append("\n\n");
        b.Append(author.Name).Append(" is a ").Append(author.Role).Append(" at the ").Append(author.Affiliation.FullName).Append(".\n");
        return b.ToString();
    }

    private List<(string Date, string Title, string Author)> ReadingList(ArticleCast cast)
    {
        var list = new List<(string, string, string)>();
        var count = 2 + rng.Next(3);
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(2012 + rng.Next(12), 1 + rng.Next(12), 1 + rng.Next(28));
            var title = rng.Next(3) switch
            {
                0 => $"{Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)}: {cast.States[rng.Next(cast.States.Count)].ShortName} and the {cast.Concepts[0].Term}",
                1 => $"between {Pick(WordLists.Nouns)} and {Pick(WordLists.Nouns)}: notes on {cast.Concepts[rng.Next(cast.Concepts.Count)].Term}",
                _ => $"the {Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)} of {cast.States[rng.Next(cast.States.Count)].ShortName}",
            };
            list.Add((date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), title, cast.Experts[0].Name));
        }

        return list;
    }

    private string ConceptSentence(ArticleCast cast)
    {
        var concept = cast.Concepts[rng.Next(cast.Concepts.Count)];
        return $"The concept of “{concept.Term}” refers to {concept.Definition}.";
    }

    private string Filler(ArticleCast cast, Func<Actor, string> name)
    {
        var s = cast.States;
        var a = name(s[rng.Next(s.Count)]);
        var b = name(s[rng.Next(s.Count)]);
        var org = name(cast.Organisations[rng.Next(cast.Organisations.Count)]);
        var expert = cast.Experts[rng.Next(cast.Experts.Count)];
        return rng.Next(16) switch
        {
            0 => $"Officials in {Bare(a)} argue that the {Pick(WordLists.Nouns)} will not survive another {Pick(WordLists.Adjectives)} round of {Pick(WordLists.Nouns)}.",
            1 => $"{Cap(org)} has {Pick(WordLists.Verbs)} {Pick(WordLists.Nouns)} worth several billion to {b}, a move that {a} {Pick(WordLists.Verbs)} within days.",
            2 => $"For {Bare(a)}, the {Pick(WordLists.Nouns)} is less about {Pick(WordLists.Nouns)} than about {Pick(WordLists.Nouns)} and the {Pick(WordLists.Adjectives)} politics around it.",
            3 => $"Critics note that {Pick(WordLists.Nouns)} and {Pick(WordLists.Nouns)} rarely move together, yet {org} treats them as one file.",
            4 => $"{expert.Last} points out that {a} has {Pick(WordLists.Verbs)} its {Pick(WordLists.Nouns)} three times since {Year()}.",
            5 => $"None of this was inevitable in {Year()}, when {b} still depended on {Pick(WordLists.Nouns)} from {a}.",
            6 => $"The {Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)} of {Bare(a)} is now a matter of {Pick(WordLists.Adjectives)} debate in {Bare(b)}.",
            7 => $"Analysts expect the {Pick(WordLists.Nouns)} to be {Pick(WordLists.Verbs)} again before the {Pick(WordLists.Nouns)} in {Pick(WordLists.Months)}.",
            8 => $"Much depends on whether {a} accepts the {Pick(WordLists.Adjectives)} terms offered by {org}.",
            9 => $"{cast.Leader.Role} {cast.Leader.Last} {Pick(WordLists.Verbs)} the {Pick(WordLists.Nouns)} during a visit to {Bare(b)} in {Pick(WordLists.Months)} {Year()}.",
            10 => $"Behind the headlines, {Pick(WordLists.Nouns)} flows between {a} and {b} have {Pick(WordLists.Verbs)} the {Pick(WordLists.Adjectives)} trend of the last decade.",
            11 => $"{Cap(org)} was founded to manage {Pick(WordLists.Nouns)}, but it now spends most of its time on {Pick(WordLists.Nouns)} and {Pick(WordLists.Nouns)}.",
            12 => $"Few in {Bare(a)} expected the {Pick(WordLists.Nouns)} to become a test of {Pick(WordLists.Adjectives)} {Pick(WordLists.ConceptNouns)}.",
            13 => $"According to {expert.Name}, the {Pick(WordLists.Nouns)} “is {Pick(WordLists.Adjectives)} by design, because nobody in {Bare(a)} wants to be blamed for ending it.”",
            14 => $"The {Pick(WordLists.Nouns)} that {a} {Pick(WordLists.Verbs)} last {Pick(WordLists.Months)} was meant to reassure {b}, but it did the opposite.",
            _ => $"Investors in {Bare(b)} have {Pick(WordLists.Verbs)} their {Pick(WordLists.Nouns)} plans, citing {Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)} and {Pick(WordLists.Adjectives)} {Pick(WordLists.Nouns)}.",
        };
    }

    private string Pick(string[] words) => words[rng.Next(words.Length)];

    private int Year() => 2008 + rng.Next(16);

    private static string Join(params string[] sentences) => string.Join(' ', sentences);

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Bare(string name) => name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name;

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}

/// <summary>Who and what one article is about.</summary>
internal sealed record ArticleCast(
    string Title,
    Person Author,
    DateOnly Date,
    string Outlet,
    IReadOnlyList<Actor> States,
    IReadOnlyList<Actor> Organisations,
    IReadOnlyList<Person> Experts,
    Person Leader,
    IReadOnlyList<Concept> Concepts);
