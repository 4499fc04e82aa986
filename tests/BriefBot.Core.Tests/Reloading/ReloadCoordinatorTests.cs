using BriefBot.Core.Commands;
using BriefBot.Core.Commands.Handlers;
using BriefBot.Core.Content;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Reloading;
using BriefBot.Core.Replies;
using BriefBot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefBot.Core.Tests.Reloading;

public class ReloadCoordinatorTests
{
    private static readonly CommandContext Admin = new("console", "c", "admin", ChatKind.Private, true, IsBotAdmin: true);

    private static KnowledgeSnapshot Version1() => new CorpusBuilder()
        .Article("kept", "Kept article", ["Norway and Kenya met in Oslo to discuss the river."])
        .Article("edited", "Edited article", ["Uganda spoke first at the meeting about the dam."])
        .Article("dropped", "Dropped article", ["Chile watched the talks from afar with some interest."])
        .Actor("Norway").Actor("Kenya").Actor("Uganda").Actor("Chile")
        .Build();

    private static KnowledgeSnapshot Version2() => new CorpusBuilder()
        .Article("kept", "Kept article", ["Norway and Kenya met in Oslo to discuss the river."])
        .Article("edited", "Edited article", ["Uganda spoke last at the meeting about the dam, after Peru."])
        .Article("new", "New article", ["Peru joined the talks as an observer for the first time."])
        .Actor("Norway").Actor("Kenya").Actor("Uganda").Actor("Peru")
        .Build();

    private static KnowledgeSnapshot WithHash(KnowledgeSnapshot snapshot, string articleId, string hash) => new(
        new ContentLoadResult(snapshot.Articles.Select(a => a.Id == articleId ? a with { ContentHash = hash } : a).ToList(), snapshot.Rejected),
        new CorpusExtraction(snapshot.Entities, snapshot.Readings),
        snapshot.BuiltAt);

    [Fact]
    public async Task Reload_ReportsArticlesAddedChangedRemoved_AndEntitiesAddedRemoved()
    {
        var holder = new SnapshotHolder();
        holder.Swap(Version1());
        var coordinator = new ReloadCoordinator(holder, () => WithHash(Version2(), "edited", "changed"), TimeProvider.System);

        var report = await coordinator.ReloadAsync("console:admin");
        var text = PlainTextRenderer.Render(ReloadReportReply.From(report));

        Assert.True(report.Applied);
        Assert.Equal(["New article"], report.ArticlesAdded);
        Assert.Equal(["Edited article"], report.ArticlesChanged);
        Assert.Equal(["Dropped article"], report.ArticlesRemoved);
        Assert.Equal(["Peru"], report.EntitiesAdded.Select(e => e.Name));
        Assert.Equal(["Chile"], report.EntitiesRemoved.Select(e => e.Name));
        Assert.Contains("Actors removed (1): Chile", text, StringComparison.Ordinal);
        Assert.Contains(holder.Current.Articles, a => a.Id == "new");
    }

    [Fact]
    public async Task Reload_KeepsOldSnapshot_WhenFolderIsMissing()
    {
        var holder = new SnapshotHolder();
        holder.Swap(Version1());
        var before = holder.Current;
        var coordinator = new ReloadCoordinator(holder, () => throw new DirectoryNotFoundException("gone"), TimeProvider.System);

        var report = await coordinator.ReloadAsync("console:admin");

        Assert.False(report.Applied);
        Assert.Same(before, holder.Current);
        Assert.Contains("content folder is missing", PlainTextRenderer.Render(ReloadReportReply.From(report)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_KeepsOldSnapshot_WhenEveryFileIsRejected()
    {
        var holder = new SnapshotHolder();
        holder.Swap(Version1());
        var before = holder.Current;
        var rejectedOnly = new KnowledgeSnapshot(new ContentLoadResult([], [new RejectedFile("a.txt", "not valid UTF-8")]), new CorpusExtraction([], []), DateTimeOffset.UnixEpoch);
        var coordinator = new ReloadCoordinator(holder, () => rejectedOnly, TimeProvider.System);

        var report = await coordinator.ReloadAsync("console:admin");
        var text = PlainTextRenderer.Render(ReloadReportReply.From(report));

        Assert.False(report.Applied);
        Assert.Same(before, holder.Current);
        Assert.Contains("a.txt: not valid UTF-8", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_ReportListsRejectedFiles_TrimmedWithAndMore()
    {
        var holder = new SnapshotHolder();
        var good = Version1();
        var rejected = Enumerable.Range(1, 12).Select(i => new RejectedFile($"bad{i}.txt", "larger than 5 MB")).ToList();
        var withRejects = new KnowledgeSnapshot(new ContentLoadResult(good.Articles, rejected), new CorpusExtraction(good.Entities, good.Readings), DateTimeOffset.UnixEpoch);
        var coordinator = new ReloadCoordinator(holder, () => withRejects, TimeProvider.System);

        var text = PlainTextRenderer.Render(ReloadReportReply.From(await coordinator.ReloadAsync("x")));

        Assert.Contains("Files rejected (12):", text, StringComparison.Ordinal);
        Assert.Contains("bad1.txt: larger than 5 MB", text, StringComparison.Ordinal);
        Assert.Contains("and 4 more", text, StringComparison.Ordinal);
        Assert.Equal(3, holder.Current.Articles.Count);
    }

    [Fact]
    public async Task ConcurrentReloads_RunOneBuild_AndBothGetItsReport()
    {
        var holder = new SnapshotHolder();
        var release = new TaskCompletionSource();
        var builds = 0;
        var coordinator = new ReloadCoordinator(holder, () =>
        {
            Interlocked.Increment(ref builds);
            release.Task.Wait(TimeSpan.FromSeconds(30));
            return Version2();
        }, TimeProvider.System);

        var first = coordinator.ReloadAsync("telegram:1");
        var second = coordinator.ReloadAsync("discord:2");
        release.SetResult();
        var reports = await Task.WhenAll(first, second);

        Assert.Equal(1, builds);
        Assert.Same(reports[0], reports[1]);
    }

    [Fact]
    public async Task ReloadCommand_IsRefusedForNonAdmins_AndReportsForAdmins()
    {
        var holder = new SnapshotHolder();
        var router = new CommandRouter([new ReloadCommandHandler(new ReloadCoordinator(holder, Version2, TimeProvider.System))], NullLogger<CommandRouter>.Instance);

        var refused = await router.HandleAsync("/reload", Admin with { IsBotAdmin = false, UserId = "stranger" }, CancellationToken.None);
        var done = await router.HandleAsync("/reload", Admin, CancellationToken.None);

        Assert.Equal(ReplyStatus.Refused, refused.Status);
        Assert.DoesNotContain("content", PlainTextRenderer.Render(refused), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ReplyStatus.Ok, done.Status);
        Assert.Equal(3, holder.Current.Articles.Count);
    }

    [Fact]
    public async Task AnswersDuringTwentyReloads_AreComplete_AndComeFromOneSnapshotOrTheOther()
    {
        var holder = new SnapshotHolder();
        var versions = new[] { Version1(), Version2() };
        holder.Swap(versions[0]);
        var flip = 0;
        var coordinator = new ReloadCoordinator(holder, () => versions[Interlocked.Increment(ref flip) % 2], TimeProvider.System);
        var router = new CommandRouter(
            [new EntityCommandHandler(EntityKind.Actor, holder), new SearchCommandHandler(holder), new ReloadCommandHandler(coordinator)],
            NullLogger<CommandRouter>.Instance);
        string[] questions = ["/actor Norway", "/actor Uganda", "/search dam meeting", "/actor Kenya"];
        var allowed = questions.ToDictionary(q => q, q => versions.Select(v => Expected(v, q)).ToHashSet());

        using var stop = new CancellationTokenSource();
        var failures = 0;
        var answered = 0;
        var askers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var i = worker;
            while (!stop.IsCancellationRequested)
            {
                var question = questions[i++ % questions.Length];
                var reply = await router.HandleAsync(question, Admin, CancellationToken.None);
                if (reply.Status != ReplyStatus.Ok || !allowed[question].Contains(PlainTextRenderer.Render(reply)))
                {
                    Interlocked.Increment(ref failures);
                }

                Interlocked.Increment(ref answered);
            }
        })).ToList();

        for (var reload = 0; reload < 20; reload++)
        {
            Assert.True((await coordinator.ReloadAsync("load test")).Applied);
        }

        await stop.CancelAsync();
        await Task.WhenAll(askers);
        Assert.Equal(0, failures);
        Assert.True(answered > 0);
    }

    private static string Expected(KnowledgeSnapshot snapshot, string question)
    {
        var holder = new SnapshotHolder();
        holder.Swap(snapshot);
        var router = new CommandRouter([new EntityCommandHandler(EntityKind.Actor, holder), new SearchCommandHandler(holder)], NullLogger<CommandRouter>.Instance);
        return PlainTextRenderer.Render(router.HandleAsync(question, Admin, CancellationToken.None).GetAwaiter().GetResult());
    }
}
