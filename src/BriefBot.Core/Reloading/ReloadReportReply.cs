using System.Globalization;
using BriefBot.Core.Briefings;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using static BriefBot.Core.Replies.ReplyText;

namespace BriefBot.Core.Reloading;

/// <summary>Turns a reload report into one message, long lists trimmed with "and N more".</summary>
public static class ReloadReportReply
{
    private const int ShownPerList = 8;

    public static Reply From(ReloadReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var seconds = report.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!report.Applied)
        {
            var refused = new List<Block> { Line($"Reload not applied: {report.Problem}") };
            AddRejected(refused, report);
            return new Reply(ReplyStatus.Failed, "Reload", refused, [], [], []);
        }

        var body = new List<Block>
        {
            Line($"Reloaded in {seconds} s: {report.ArticleCount} articles."),
        };
        AddList(body, "Articles added", report.ArticlesAdded);
        AddList(body, "Articles changed", report.ArticlesChanged);
        AddList(body, "Articles removed", report.ArticlesRemoved);
        foreach (var kind in new[] { EntityKind.Actor, EntityKind.Expert, EntityKind.Concept })
        {
            var plural = KindLabels.Plural(kind);
            AddList(body, $"{plural} added", report.EntitiesAdded.Where(e => e.Kind == kind).Select(e => e.Name).ToList());
            AddList(body, $"{plural} removed", report.EntitiesRemoved.Where(e => e.Kind == kind).Select(e => e.Name).ToList());
        }

        if (body.Count == 1)
        {
            body.Add(Line("Nothing changed."));
        }

        if (report.ArticleCount == 0)
        {
            body.Add(Line("The content folder holds no articles: I have nothing to brief on until some are added."));
        }

        AddRejected(body, report);
        return new Reply(ReplyStatus.Ok, "Reload", body, [], [], []);
    }

    private static void AddList(List<Block> body, string label, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            body.Add(Line(Bold($"{label} ({items.Count}): "), Plain(JoinWithMore(items, ShownPerList))));
        }
    }

    private static void AddRejected(List<Block> body, ReloadReport report)
    {
        if (report.Rejected.Count == 0)
        {
            return;
        }

        body.Add(Line(Bold($"Files rejected ({report.Rejected.Count}):")));
        body.Add(Bullets(report.Rejected.Take(ShownPerList).Select(r => $"{r.Path}: {r.Reason}")));
        if (report.Rejected.Count > ShownPerList)
        {
            body.Add(Line($"and {report.Rejected.Count - ShownPerList} more"));
        }
    }
}
