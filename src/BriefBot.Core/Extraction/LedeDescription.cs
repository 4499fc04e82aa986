using System.Text.RegularExpressions;

namespace BriefBot.Core.Extraction;

/// <summary>
/// A news report's opening often names its source only by description ("…, the bloc's chief negotiator has said") and
/// gives the name in the next paragraphs ("Speaking in Brussels, Jane Doe said …"). The first person the following
/// paragraphs quote by name, with no role of their own in the article, is given the role the opening described.
/// </summary>
internal static class LedeDescription
{
    /// <summary>How many paragraphs after the opening one may name the person described.</summary>
    private const int Reach = 2;

    private static readonly Regex Described = new(
        @"(?<![\p{L}\p{M}])[Tt]he[ ]+(?:(?<body>[\p{Ll}]+|\p{Lu}[\p{L}\p{M}]*)['’]s[ ]+)?(?<role>(?:[\p{Ll}-]+[ ]+){0,2}" + Patterns.RoleNounsLower +
        @")[ ]+(?:has[ ]+|had[ ]+)?(?:said|says|told|warned|insisted|argued)\b|(?:said|says|told|warned)[ ]+the[ ]+(?:(?<body>[\p{Ll}]+|\p{Lu}[\p{L}\p{M}]*)['’]s[ ]+)?(?<role>(?:[\p{Ll}-]+[ ]+){0,2}" +
        Patterns.RoleNounsLower + @")(?![\p{L}\p{M}])",
        Patterns.Options);

    /// <summary>Gives the described role to the first named speaker after the opening paragraph, when there is one.</summary>
    /// <param name="people">This article's hits, in reading order.</param>
    /// <param name="organisations">This article's organisations, for a body named by a noun ("the bloc's").</param>
    public static void Apply(ArticleView article, List<PersonHit> people, List<OrgHit> organisations)
    {
        var opening = FirstBodyParagraph(article);
        if (opening is not { } p)
        {
            return;
        }

        // Only the first person quoted by name after the opening can take the role, so the opening is read for a
        // description only when there is one.
        var named = FirstNamedSpeakerAfter(p, people);
        if (named < 0 || people.Any(other => other.Name == people[named].Name && other.Roles.Count > 0))
        {
            return; // nobody to give it to, or the article gives them a role of its own
        }

        Match? described = null;
        SentenceView where = default;
        foreach (var s in p.Sentences)
        {
            if (Described.Match(s.Text) is { Success: true } m)
            {
                (described, where) = (m, s);
                break;
            }
        }

        if (described is null)
        {
            return;
        }

        var role = described.Groups["role"].Value;
        var body = described.Groups["body"].Value;
        List<string> affiliations = [];
        if (body.Length > 0 && char.IsUpper(body[0]))
        {
            affiliations.Add(body); // "the EU's chief negotiator"
        }
        else if (body.Length > 0 && BodyAnaphora.Named(organisations, where, body) is { } org)
        {
            affiliations.Add(org); // "the bloc's negotiator": the body the opening named just before
        }

        var political = Apposition.IsPoliticalAt(role, affiliations);
        people[named] = people[named] with { Roles = [new RoleSegment(role, affiliations, political)], InOffice = political };
    }

    /// <summary>The first hit within <see cref="Reach"/> paragraphs after the opening that quotes a full name with no role given there, or -1.</summary>
    private static int FirstNamedSpeakerAfter(ParagraphView opening, List<PersonHit> people)
    {
        for (var i = 0; i < people.Count; i++)
        {
            var hit = people[i];
            var at = hit.Where.Paragraph.Index;
            if (at > opening.Index && at <= opening.Index + Reach && hit.Speaks && hit.Roles.Count == 0 && hit.Name.Contains(' ', StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static ParagraphView? FirstBodyParagraph(ArticleView article)
    {
        foreach (var p in article.Paragraphs)
        {
            if (!p.IsHeading && p.Sentences.Count > 0)
            {
                return p;
            }
        }

        return null;
    }
}
