using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Text;

namespace BriefBot.Core.Briefings;

/// <summary>
/// A sentence as a briefing shows it out of its paragraph: whitespace tidied, and an opening "He"/"She" replaced by the
/// person it stands for ("[Jane Doe] argues ..."), when the sentence before names exactly one person. A sentence
/// that still opens with a pronoun or connective the reader cannot follow is not shown (null).
/// </summary>
internal static class ReadableSentence
{
    public static string? Of(KnowledgeSnapshot snapshot, Sentence sentence)
    {
        var text = ShownText.Tidy(sentence.Text);
        if (StandAlone.OpeningPersonalPronoun(text) is not null && PersonJustBefore(snapshot, sentence) is { } person)
        {
            return StandAlone.ResolveOpeningPronoun(text, person.Name);
        }

        return StandAlone.OpensWithBackPointer(text) ? null : text;
    }

    /// <summary>
    /// The one person (expert or leader) named by the nearest of the three sentences before that names anyone, in this
    /// paragraph or at the end of the one before ("Jane Doe spoke. To begin with, she laments ... She argues ...").
    /// </summary>
    private static Entity? PersonJustBefore(KnowledgeSnapshot snapshot, Sentence sentence)
    {
        var people = People(snapshot);
        var article = snapshot.FindArticle(sentence.ArticleId);
        var (paragraph, index) = (sentence.Paragraph, sentence.Index);
        for (var step = 0; step < 3; step++)
        {
            if (index > 0)
            {
                index--;
            }
            else if (paragraph > 0 && article is not null && paragraph - 1 < article.Paragraphs.Count && article.Paragraphs[paragraph - 1].Sentences.Count > 0)
            {
                paragraph--;
                index = article.Paragraphs[paragraph].Sentences.Count - 1;
            }
            else
            {
                return null;
            }

            if (people.TryGetValue(new Mention(sentence.ArticleId, paragraph, index), out var named))
            {
                return named.Count == 1 ? named[0] : null;
            }
        }

        return null;
    }

    /// <summary>Every sentence that names a person, with the people it names: built once per snapshot.</summary>
    private static Dictionary<Mention, List<Entity>> People(KnowledgeSnapshot snapshot) =>
        snapshot.Remember("people-by-sentence", () =>
        {
            var map = new Dictionary<Mention, List<Entity>>();
            foreach (var entity in snapshot.Entities)
            {
                if (entity.Kind != EntityKind.Expert && entity.ActorKind != ActorKind.Leader)
                {
                    continue;
                }

                foreach (var mention in entity.Mentions)
                {
                    if (!map.TryGetValue(mention, out var list))
                    {
                        map[mention] = list = [];
                    }

                    if (list.Count == 0 || !ReferenceEquals(list[^1], entity))
                    {
                        list.Add(entity);
                    }
                }
            }

            return map;
        });
}
