using System.Globalization;
using BriefBot.Core.Briefings;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using static BriefBot.Core.Replies.ReplyText;

namespace BriefBot.Intake;

/// <summary>
/// The added article's part of the reload report: its title, where it was stored, and the actors, experts, concepts
/// and further reading it brought (most mentioned first; "new" marks what no other article had).
/// </summary>
public static class AddedArticleReply
{
    private const int ShownPerList = 10;

    public static Reply From(IntakeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.AlreadyAdded || result.Snapshot is null || result.ArticleId is null || result.Report is null)
        {
            var where = result.FileName is { Length: > 0 } file ? $", in {file}" : string.Empty;
            return Reply.Text(ReplyStatus.Ok, $"Already added: “{result.Title}”{where}. I changed nothing.");
        }

        var snapshot = result.Snapshot;
        var id = result.ArticleId;
        var added = result.Report.EntitiesAdded.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var body = new List<Block>
        {
            Line(Plain("Stored as "), Code(result.FileName ?? id), Plain($" and reloaded: {result.Report.ArticleCount.ToString(CultureInfo.InvariantCulture)} articles.")),
        };

        var entities = snapshot.Entities
            .Select(e => (Entity: e, Count: e.Mentions.Count(m => m.ArticleId == id)))
            .Where(e => e.Count > 0)
            .ToList();
        foreach (var kind in new[] { EntityKind.Actor, EntityKind.Expert, EntityKind.Concept })
        {
            var names = entities
                .Where(e => e.Entity.Kind == kind)
                .OrderByDescending(e => e.Count)
                .ThenBy(e => e.Entity.Name, StringComparer.OrdinalIgnoreCase)
                .Select(e => added.Contains(e.Entity.Id) ? $"{e.Entity.Name} (new)" : e.Entity.Name)
                .ToList();
            AddList(body, KindLabels.Plural(kind), names);
        }

        AddList(body, "Further reading", snapshot.Readings.Where(r => r.ArticleId == id).Select(r => r.Title).Distinct(StringComparer.Ordinal).ToList());
        if (body.Count == 1)
        {
            body.Add(Line("I found no actors, experts, concepts or readings in it."));
        }

        return new Reply(ReplyStatus.Ok, $"Added: {result.Title}", body, [], [], []);
    }

    private static void AddList(List<Block> body, string label, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            body.Add(Line(Bold($"{label} ({items.Count}): "), Plain(JoinWithMore(items, ShownPerList))));
        }
    }
}
