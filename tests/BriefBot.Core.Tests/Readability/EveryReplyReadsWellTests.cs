using System.Text.RegularExpressions;
using BriefBot.Core.Briefings;
using BriefBot.Core.Digests;
using BriefBot.Core.Ingestion;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Replies;
using BriefBot.Core.Text;
using Xunit.Abstractions;

namespace BriefBot.Core.Tests.Readability;

/// <summary>
/// Walks every entity's briefing and a digest preview on every topic (and on the whole collection) over the shipped
/// content, the dev corpus and, when ../shared is beside the repository, the shared dev corpus and the real-dev news:
/// no shown sentence opens with a pronoun or connective it cannot resolve, no text has a doubled space or doubled
/// punctuation, and no sentence is cut without "…".
/// </summary>
public partial class EveryReplyReadsWellTests(ITestOutputHelper output)
{
    public static TheoryData<string> RepositoryCorpora => new() { "content", "dev-corpus" };

    [Theory]
    [MemberData(nameof(RepositoryCorpora))]
    public void EveryBriefingAndDigestPreview_ReadsWell_OnTheRepositoryCorpora(string corpus) =>
        AssertReadsWell(corpus == "content" ? TestPaths.SeedCorpus : TestPaths.DevCorpus);

    [FactWhenSharedFolderIsPresent("dev-corpus")]
    public void EveryBriefingAndDigestPreview_ReadsWell_OnTheSharedDevCorpus() => AssertReadsWell(SharedFolder.Path("dev-corpus"));

    [FactWhenSharedFolderIsPresent("real-dev/news")]
    public void EveryBriefingAndDigestPreview_ReadsWell_OnTheRealDevNews() => AssertReadsWell(SharedFolder.Path("real-dev/news"));

    private void AssertReadsWell(string folder)
    {
        var snapshot = new KnowledgeBuilder(TimeProvider.System).BuildFromFolder(folder, new ContentReaderOptions());
        var problems = new List<string>();
        var shown = 0;
        foreach (var entity in snapshot.Entities)
        {
            var reply = BriefingComposer.Compose(snapshot, entity);
            shown += CheckBriefing(reply, $"{entity.Id} briefing", problems);
        }

        var topics = snapshot.Entities.Where(e => e.Kind != EntityKind.Expert).Select(e => (IReadOnlyList<string>)[e.Id]).Prepend([]);
        foreach (var topicIds in topics)
        {
            var digest = DigestComposer.Compose(new DigestRequest(snapshot, topicIds, new HashSet<string>(), new DateOnly(2026, 12, 7), 5, IsPreview: true));
            shown += CheckDigest(digest.Reply, $"digest on {(topicIds.Count == 0 ? "everything" : topicIds[0])}", problems);
        }

        output.WriteLine($"{folder}: {snapshot.Entities.Count} entities, {shown} shown texts checked, {problems.Count} problems");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    private static int CheckBriefing(Reply reply, string where, List<string> problems)
    {
        var count = 0;
        foreach (var block in reply.Body)
        {
            switch (block)
            {
                case Paragraph { Spans: [{ Style: SpanStyle.Bold, Text: "Definition: " or "How the articles use it: " }, var definition] }:
                    count += CheckSentence(definition.Text, $"{where}, definition", problems);
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        count += CheckSentence(string.Concat(item.Select(s => s.Text)), $"{where}, key sentence", problems);
                    }

                    break;
            }
        }

        foreach (var section in reply.Sections.Where(s => s.Heading == "Quotes"))
        {
            foreach (var item in section.Blocks.OfType<BulletList>().SelectMany(l => l.Items))
            {
                var quote = string.Concat(item.Select(s => s.Text)).Trim('“', '”');
                count += CheckText(quote, $"{where}, quote", problems);
                if (StandAlone.OpensWithBackPointer(quote))
                {
                    problems.Add($"{where}, quote opens with a back-pointer: {quote}");
                }
            }
        }

        foreach (var item in reply.Sections.Where(s => s.Heading == "Views").SelectMany(s => s.Blocks.OfType<BulletList>()).SelectMany(l => l.Items))
        {
            var view = item[1].Text.Trim('“', '”');
            count += CheckText(view, $"{where}, view", problems);
            if (StandAlone.OpensWithBackPointer(view))
            {
                problems.Add($"{where}, view opens with a back-pointer: {view}");
            }
        }

        CheckAllSpans(reply, where, problems);
        return count;
    }

    private static int CheckDigest(Reply reply, string where, List<string> problems)
    {
        var count = 0;
        foreach (var paragraph in reply.Body.OfType<Paragraph>())
        {
            if (paragraph.Spans is [{ Text: "Briefing of the day: " }, _, { Text: var lead }, ..] && lead.StartsWith(" — ", StringComparison.Ordinal))
            {
                count += CheckSentence(lead[3..], $"{where}, briefing of the day", problems);
            }
        }

        foreach (var item in reply.Body.OfType<BulletList>().SelectMany(l => l.Items))
        {
            count += CheckText(string.Concat(item.Select(s => s.Text)), $"{where}, item", problems);
        }

        CheckAllSpans(reply, where, problems);
        return count;
    }

    /// <summary>A sentence shown alone: it stands alone, reads cleanly, and ends as a sentence or with "…".</summary>
    private static int CheckSentence(string text, string where, List<string> problems)
    {
        CheckText(text, where, problems);
        if (StandAlone.OpensWithBackPointer(text))
        {
            problems.Add($"{where} opens with a back-pointer: {text}");
        }

        var end = text.TrimEnd().TrimEnd('”', '"', '’', '\'', ')', ']');
        if (end.Length > 0 && end[^1] is not ('.' or '!' or '?' or ':' or ';' or '…'))
        {
            problems.Add($"{where} is cut without “…”: {text}");
        }

        return 1;
    }

    private static int CheckText(string text, string where, List<string> problems)
    {
        if (text.Contains("  ", StringComparison.Ordinal) || text.Any(c => c is '\u00a0' or '\t' or '\n'))
        {
            problems.Add($"{where} has a doubled or odd space: {text}");
        }

        if (DoubledPunctuation().Match(text) is { Success: true } m)
        {
            problems.Add($"{where} doubles punctuation (“{m.Value}”): {text}");
        }

        return 1;
    }

    private static void CheckAllSpans(Reply reply, string where, List<string> problems)
    {
        var texts = reply.Body.Concat(reply.Sections.SelectMany(s => s.Blocks)).SelectMany(Spans).Select(s => s.Text);
        foreach (var text in texts)
        {
            if (DoubledPunctuation().Match(text) is { Success: true } m)
            {
                problems.Add($"{where} doubles punctuation (“{m.Value}”): {text}");
            }
        }
    }

    private static IEnumerable<Span> Spans(Block block) => block switch
    {
        Paragraph p => p.Spans,
        BulletList l => l.Items.SelectMany(i => i),
        _ => [],
    };

    /// <summary>"?." "!." ",," ";;" ",." ";." ". ." — and "?." across a span's end is caught on the joined item text.</summary>
    [GeneratedRegex(@"[?!]\.|,,|;;|,\.|;\.|\.\s\.(?!\.)")]
    private static partial Regex DoubledPunctuation();
}

/// <summary>../shared beside the repository (or BRIEFBOT_SHARED), as the quality tool finds it.</summary>
internal static class SharedFolder
{
    public static string Root =>
        Environment.GetEnvironmentVariable("BRIEFBOT_SHARED") is { Length: > 0 } shared
            ? System.IO.Path.GetFullPath(shared)
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(TestPaths.RepoRoot, "..", "shared"));

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);
}

/// <summary>A fact skipped, with the reason in its name, when its folder under ../shared is absent (a fresh clone).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactWhenSharedFolderIsPresentAttribute : FactAttribute
{
    public FactWhenSharedFolderIsPresentAttribute(string relative)
    {
        var path = SharedFolder.Path(relative);
        if (!Directory.Exists(path))
        {
            Skip = $"{path} is absent (set BRIEFBOT_SHARED to the shared folder)";
            DisplayName = $"READABILITY NOT CHECKED ON ../shared/{relative}: {Skip}";
        }
    }
}
