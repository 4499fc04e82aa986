using System.Diagnostics;
using BriefBot.Benchmarks.Corpus;
using BriefBot.Benchmarks.Measuring;
using BriefBot.Benchmarks.Stages;
using BriefBot.Core.Content;
using BriefBot.Core.Ingestion;
using BriefBot.Core.Knowledge;

namespace BriefBot.Benchmarks;

/// <summary>
/// One benchmark run: generate the corpus, then learning, answering, peers, start-up, reloading, delivering and a hostile paragraph,
/// each in its own section so a failing stage is reported and the others still run.
/// </summary>
internal sealed class BenchmarkRun(BenchmarkOptions options, Report report)
{
    private const double MB = 1_000_000.0;
    private static readonly ContentReaderOptions ReaderOptions = new();

    private GeneratedCorpus _corpus = null!;
    private KnowledgeSnapshot? _snapshot;

    /// <summary>The replies composed on <see cref="_snapshot"/> (warmed in Answer), carried into the stages after it.</summary>
    private Core.Briefings.ComposedReplies? _replies;
    private KnowledgeSnapshot? _warmupSnapshot;
    private IReadOnlyList<Query> _workload = [];
    private double _floorSeconds = double.NaN;
    private double _memoryBuildSeconds = double.NaN;
    private double _memoryBuildCpuSeconds = double.NaN;
    private double _ourSearchP50 = double.NaN;
    private double _ourSearchP99 = double.NaN;

    public async Task RunAsync()
    {
        var total = Stopwatch.GetTimestamp();
        Section("Corpus", Generate);
        Section("Learning", Learn);
        Section("Answering", Answer);
        Section("Peers", Peers);
        Section("Start-up", StartUp);
        Section("Reloading", Reload);
        await SectionAsync("Delivering", Deliver);
        Section("Hostile", Hostile);
        report.Add("Run", "whole benchmark", Stopwatch.GetElapsedTime(total).TotalSeconds, "s", "< 600 s at 10,000 articles", options.Articles >= 10_000 ? Stopwatch.GetElapsedTime(total).TotalSeconds < 600 : null);
        if (!options.KeepCorpus && Directory.Exists(_corpus.Folder))
        {
            Directory.Delete(_corpus.Folder, recursive: true);
        }
    }

    private void Generate()
    {
        var folder = Path.Combine(options.OutFolder, $"corpus-{options.Articles}");
        _corpus = CorpusGenerator.Generate(folder, options.Articles, options.Seed);
        _workload = QueryWorkload.Create(_corpus.World, options.Queries, options.Seed);
        report.Add("Corpus", "articles (half Markdown with front matter, half plain text)", _corpus.Articles, "");
        report.Add("Corpus", "size", _corpus.Bytes / MB, "MB");
        report.Add("Corpus", "words per article", (double)_corpus.Words / _corpus.Articles, "");
        report.Add("Corpus", "generated in", _corpus.Elapsed.TotalSeconds, "s");
    }

    private void Learn()
    {
        // JIT and first-call costs are paid on a small slice first, so the timed builds measure steady work.
        var slice = Directory.EnumerateFiles(_corpus.Folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(200)
            .ToDictionary(f => Path.GetRelativePath(_corpus.Folder, f), File.ReadAllBytes);
        _warmupSnapshot = StagedBuild.Run(() => ContentFolderReader.Read(slice, ReaderOptions)).Snapshot;
        Floor.Run(_corpus.Folder);

        var floor = Floor.Run(_corpus.Folder);
        _floorSeconds = floor.Elapsed.TotalSeconds;
        report.Add("Learning", "floor: read files + split into words", _floorSeconds, "s", note: $"{floor.Bytes / MB / _floorSeconds:0} MB/s, {floor.Words:#,0} words");

        var heapBefore = Memory.ManagedAfterFullCollection();
        var fromFiles = StagedBuild.Run(() => ContentFolderReader.Read(_corpus.Folder, ReaderOptions));
        _snapshot = fromFiles.Snapshot;
        ReportBuild("from files", fromFiles.Times);
        var ratioToFloor = fromFiles.Times.Total.TotalSeconds / _floorSeconds;
        report.Add("Learning", "build from files ÷ floor", ratioToFloor, "×", "≤ 5×", ratioToFloor <= 5);

        var heap = Memory.ManagedAfterFullCollection() - heapBefore;
        var peak = Memory.PeakResident();
        report.Add("Learning", "managed heap held by the snapshot", heap / MB, "MB", note: $"{heap / (double)_corpus.Bytes:0.0}× corpus");
        report.Add("Learning", "memory after build ÷ corpus size", heap / (double)_corpus.Bytes, "×", "< 3×", heap < 3 * _corpus.Bytes);
        report.Add("Learning", "process peak resident after build", peak / MB, "MB", note: $"{peak / (double)_corpus.Bytes:0.0}× corpus");
        report.Add("Learning", "entities / readings / sentences", _snapshot.Entities.Count, "entities", note: $"{_snapshot.Readings.Count:#,0} readings, {_snapshot.Index.SentenceCount:#,0} sentences");

        SnapshotParts(_snapshot);

        var files = Directory.EnumerateFiles(_corpus.Folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_corpus.Folder, f), File.ReadAllBytes);
        var fromMemory = StagedBuild.Run(() => ContentFolderReader.Read(files, ReaderOptions));
        _memoryBuildSeconds = fromMemory.Times.Total.TotalSeconds;
        _memoryBuildCpuSeconds = fromMemory.Times.Cpu.TotalSeconds;
        ReportBuild("from memory", fromMemory.Times);
    }

    /// <summary>Where the snapshot's time and memory go: each part rebuilt alone, and the text the articles hold.</summary>
    private void SnapshotParts(KnowledgeSnapshot snapshot)
    {
        void Part(string name, Func<object> build)
        {
            var before = Memory.ManagedAfterFullCollection();
            var started = Stopwatch.GetTimestamp();
            var built = build();
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var held = Memory.ManagedAfterFullCollection() - before;
            GC.KeepAlive(built);
            report.Add("Learning", $"snapshot part: {name}", seconds, "s", note: $"{held / MB:0.0} MB held");
        }

        Part("sentence index (BM25)", () => new Core.Search.SentenceIndex(snapshot.Articles));
        Part("entity matcher", () => new Core.Matching.EntityMatcher(snapshot.Entities));
        Part("relation graph", () => new RelationGraph(snapshot.Entities));
        long textBytes = 0;
        long paragraphs = 0;
        long sentences = 0;
        foreach (var article in snapshot.Articles)
        {
            foreach (var paragraph in article.Paragraphs)
            {
                textBytes += System.Text.Encoding.UTF8.GetByteCount(paragraph.Text);
                sentences += paragraph.Sentences.Count;
                paragraphs++;
            }
        }

        // Each article keeps its text once, as UTF-8 (one array), and where its paragraphs and sentences start and end in
        // one array of ints: two ints a paragraph, two a sentence, and two array headers of about 24 bytes.
        var held = textBytes + (4 * ((2 * (paragraphs + snapshot.Articles.Count)) + (2 * sentences))) + (48L * snapshot.Articles.Count);
        report.Add("Learning", "article text held (UTF-8 once per article, with paragraph and sentence offsets)", held / MB, "MB",
            note: $"{held / (double)_corpus.Bytes:0.0}× corpus: {textBytes / MB:0.0} MB of text, {paragraphs:#,0} paragraphs and {sentences:#,0} sentences as offsets");
    }

    private void ReportBuild(string how, BuildTimes times)
    {
        var seconds = times.Total.TotalSeconds;
        report.Add("Learning", $"build {how}", seconds, "s",
            note: $"read+parse {times.Read.TotalSeconds:0.00} s, extract {times.Extract.TotalSeconds:0.00} s, snapshot {times.Snapshot.TotalSeconds:0.00} s; processor time {times.Cpu.TotalSeconds:0.00} s, {times.Allocated / MB:#,0} MB allocated, {times.Collections} collections");
        report.Add("Learning", $"build {how}: articles/s", _corpus.Articles / seconds, "articles/s");
        report.Add("Learning", $"build {how}: MB/s", _corpus.Bytes / MB / seconds, "MB/s");
    }

    private void Answer()
    {
        var snapshot = _snapshot ?? throw new InvalidOperationException("learning failed, nothing to ask");
        using (var warm = new BotUnderTest(_corpus.Folder, _warmupSnapshot!))
        {
            Answering.Run(warm, _workload.Take(2_000).ToList(), 1);
        }

        // Briefings composed on first ask: a snapshot no one has warmed (the bot's first seconds after start-up,
        // while its background warmer catches up). The same articles and extraction, a snapshot of its own.
        using (var unwarmed = new BotUnderTest(_corpus.Folder, new KnowledgeSnapshot(
                   new ContentLoadResult(snapshot.Articles, snapshot.Rejected), new CorpusExtraction(snapshot.Entities, snapshot.Readings), DateTimeOffset.UtcNow)))
        {
            ReportAnswers("1 thread, fresh snapshot, composed on first ask", Answering.Run(unwarmed, _workload, 1), targets: false);
        }

        // A reload composes every briefing before it swaps the new snapshot in; the same here, timed.
        var warming = Stopwatch.GetTimestamp();
        _replies = new Core.Briefings.ComposedReplies(snapshot);
        var composed = Core.Briefings.BriefingWarmer.Warm(_replies);
        report.Add("Answering", "briefings composed ahead of the swap (every entity)", Stopwatch.GetElapsedTime(warming).TotalSeconds, "s",
            note: $"{composed:#,0} briefings, on {Environment.ProcessorCount} cores");
        using var bot = new BotUnderTest(_corpus.Folder, _replies);
        var cold = Answering.Run(bot, _workload, 1);
        ReportAnswers("1 thread, fresh snapshot", cold, targets: true);
        var warmPass = Answering.Run(bot, _workload, 1);
        ReportAnswers("1 thread, again", warmPass, targets: false);
        var parallel = Answering.Run(bot, _workload, Environment.ProcessorCount);
        report.Add("Answering", $"all {Environment.ProcessorCount} cores: answers/s", parallel.AnswersPerSecond, "answers/s",
            note: $"p50 {parallel.All.P50:0.000} ms, p99 {parallel.All.P99:0.00} ms, max {parallel.All.Max:0.0} ms");
        MatcherOnly(snapshot);
        report.Note("Reply statuses in the first pass (count, p99): " + string.Join(", ", cold.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value} ({cold.ByStatus[s.Key].P99:0.00} ms)"))
            + "; second pass p99: " + string.Join(", ", warmPass.ByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value.P99:0.00} ms")));
        _ourSearchP50 = cold.ByCommand.TryGetValue("search", out var search) ? search.P50 : double.NaN;
        _ourSearchP99 = search?.P99 ?? double.NaN;
    }

    /// <summary>The lookup alone (EntityMatcher.Match), without composing the briefing, over the same entity queries.</summary>
    private void MatcherOnly(KnowledgeSnapshot snapshot)
    {
        var lookups = _workload
            .Where(q => q.Command is "actor" or "expert" or "concept")
            .Select(q => (Name: q.Text[(q.Text.IndexOf(' ', StringComparison.Ordinal) + 1)..], Kind: Enum.Parse<EntityKind>(q.Command, ignoreCase: true)))
            .ToList();
        var latencies = new Latencies();
        foreach (var (name, kind) in lookups)
        {
            var started = Stopwatch.GetTimestamp();
            snapshot.Matcher.Match(name, kind);
            latencies.Add(Timing.Ms(started));
        }

        report.Add("Answering", "entity lookup alone (EntityMatcher.Match) p99", latencies.P99, "ms p99", "p99 < 1 ms", latencies.P99 < 1,
            note: $"p50 {latencies.P50:0.000} ms, max {latencies.Max:0.0} ms, n={latencies.Count}");
    }

    private void ReportAnswers(string pass, AnsweringResult result, bool targets)
    {
        foreach (var command in new[] { "actor", "expert", "concept", "reading", "search" })
        {
            if (!result.ByCommand.TryGetValue(command, out var l))
            {
                continue;
            }

            var entity = command is "actor" or "expert" or "concept";
            report.Add("Answering", $"/{command} p50 / p99 / max ({pass})", l.P99, "ms p99",
                target: targets && entity ? "p99 < 1 ms" : null,
                met: targets && entity ? l.P99 < 1 : null,
                note: $"p50 {l.P50:0.000} ms, max {l.Max:0.0} ms, n={l.Count}");
        }

        report.Add("Answering", $"answers/s ({pass})", result.AnswersPerSecond, "answers/s");
    }

    private void Peers()
    {
        var snapshot = _snapshot ?? throw new InvalidOperationException("learning failed, nothing to compare");
        var sentences = LucenePeer.SentencesOf(snapshot.Articles);
        var (lucene, _, _) = LucenePeer.Build(LucenePeer.SentencesOf(_warmupSnapshot!.Articles));
        lucene.Dispose();
        (lucene, var luceneBuild, var luceneCpu) = LucenePeer.Build(sentences);
        using (lucene)
        {
            report.Add("Peers", "Lucene.Net: index the same sentences (in memory)", luceneBuild.TotalSeconds, "s", note: $"{lucene.Documents:#,0} documents");
            var ratio = _memoryBuildSeconds / luceneBuild.TotalSeconds;
            report.Add("Peers", "our build from memory ÷ Lucene's indexing", ratio, "×", "≤ 1× (while also extracting)", ratio <= 1);
            report.Add("Peers", "our build from memory ÷ floor", _memoryBuildSeconds / _floorSeconds, "×");
            report.Add("Peers", "processor time: our build from memory ÷ Lucene's indexing", _memoryBuildCpuSeconds / luceneCpu.TotalSeconds, "×",
                note: $"{_memoryBuildCpuSeconds:0.00} s against {luceneCpu.TotalSeconds:0.00} s, every thread; steadier than wall time on a shared machine");

            var queries = QueryWorkload.SearchTexts(_workload).ToList();
            foreach (var q in queries.Take(500))
            {
                lucene.Search(q);
                snapshot.Index.Search(q, 5);
            }

            var luceneLatencies = new Latencies();
            var indexLatencies = new Latencies();
            foreach (var q in queries)
            {
                var t = Stopwatch.GetTimestamp();
                lucene.Search(q);
                luceneLatencies.Add(Timing.Ms(t));
                t = Stopwatch.GetTimestamp();
                snapshot.Index.Search(q, 5);
                indexLatencies.Add(Timing.Ms(t));
            }

            report.Add("Peers", "Lucene.Net search p50 / p99 / max", luceneLatencies.P99, "ms p99", note: $"p50 {luceneLatencies.P50:0.000} ms, max {luceneLatencies.Max:0.0} ms, n={luceneLatencies.Count}");
            report.Add("Peers", "our index search (SentenceIndex) p50 / p99 / max", indexLatencies.P99, "ms p99", note: $"p50 {indexLatencies.P50:0.000} ms, max {indexLatencies.Max:0.0} ms");
            report.Add("Peers", "our /search ÷ Lucene: p50", _ourSearchP50 / luceneLatencies.P50, "×");
            report.Add("Peers", "our /search ÷ Lucene: p99", _ourSearchP99 / luceneLatencies.P99, "×", "≤ 1×", _ourSearchP99 <= luceneLatencies.P99);
            report.Add("Peers", "our index search ÷ Lucene: p50 / p99", indexLatencies.P99 / luceneLatencies.P99, "× p99", note: $"p50 {indexLatencies.P50 / luceneLatencies.P50:0.00}×");
        }
    }

    private void StartUp()
    {
        var shipped = BenchmarkOptions.ShippedContent() ?? throw new DirectoryNotFoundException("no shipped content folder (run from a clone)");
        var runs = options.StartupRuns;
        var times = Startup.Run(shipped, "/search security", runs);
        report.Add("Start-up", $"process start → first answer, shipped content ({(runs == 1 ? "one run" : $"median of {runs}")})", times.Order().ElementAt(runs / 2), "ms",
            note: $"runs: {string.Join(", ", times.Select(t => $"{t:0}"))} ms");
    }

    private void Reload()
    {
        var replies = _replies ?? throw new InvalidOperationException("learning failed, nothing to reload");
        using var bot = new BotUnderTest(_corpus.Folder, replies);
        const int askers = 4;
        const int pace = 500;
        // The bot's reload: built beside the answers (one core left for them), as ContentLoader.BuildBesideAnswers does.
        var besideAnswers = ReaderOptions with { MaxParallelism = BuildParallelism.BesideAnswers };
        var result = Reloading.Run(bot, () => StagedBuild.Run(() => ContentFolderReader.Read(_corpus.Folder, besideAnswers), besideAnswers.MaxParallelism).Snapshot, _workload, askers, options.ReloadBaseline, options.SaturateReload ? null : pace);
        report.Note(options.SaturateReload
            ? $"Reloading: {askers} askers asked back to back, saturating both cores."
            : $"Reloading: {askers} askers at {pace} answers/s each ({askers * pace:#,0}/s offered, far above a chat bot's load); --saturate-reload asks back to back instead.");
        _replies = bot.Holder.Replies;
        _snapshot = _replies.Snapshot;
        report.Add("Reloading", $"reload of {_corpus.Articles:#,0} articles on {BuildParallelism.BesideAnswers} core(s) while {askers} threads ask", result.ReloadElapsed.TotalSeconds, "s", note: result.Outcome);
        report.Add("Reloading", "answers/s before the reload", result.AnswersPerSecondBefore, "answers/s");
        report.Add("Reloading", "answers/s during the reload", result.AnswersPerSecondDuring, "answers/s", note: $"{result.AnswersPerSecondDuring / result.AnswersPerSecondBefore:P0} of before");
        report.Add("Reloading", "worst answer during the reload", result.WorstDuringMs, "ms", "≤ 50 ms", result.WorstDuringMs <= 50, note: $"p99 {result.P99DuringMs:0.0} ms over {result.AnswersDuring:#,0} answers");
        report.Add("Reloading", "worst answer within 1 s of the swap", result.WorstAroundSwapMs, "ms", "≤ 50 ms", result.WorstAroundSwapMs <= 50);
        report.Add("Reloading", "worst answer before the reload (same askers)", result.WorstBeforeMs, "ms");
        report.Add("Reloading", "GC pauses during the reload", result.GcPauseDuring.TotalMilliseconds, "ms", note: $"{result.GcDuring} collections, {result.Gen2During} of them gen 2");
        report.Add("Reloading", "longest GC pause during the reload", result.GcPausesDuring.Max, "ms",
            note: $"{result.CollectionOfLongestPause}; p99 {result.GcPausesDuring.P99:0.0} ms over {result.GcPausesDuring.Count:#,0} pauses seen by a runtime event listener; an answer slower than this also waited for a core");
    }

    private async Task Deliver()
    {
        var replies = _replies ?? throw new InvalidOperationException("learning failed, nothing to deliver");
        const int global = 1_000;
        var rounds = await Delivering.RunAsync(replies, options.Chats, global, perChatPerSecond: 1, rounds: 2);
        var (first, again) = (rounds[0], rounds[1]);
        ReportDelivery($"digests to {first.Chats:#,0} chats, the first delivery in this process: messages/s", first);
        ReportDelivery($"digests to {again.Chats:#,0} other chats, the process's second delivery: messages/s", again);
        report.Add("Delivering", "429s received", first.TooManyRequests + again.TooManyRequests, "");
        report.Add("Delivering", "composing one digest (DigestComposer) p50 / p99", first.Composing.P99, "ms p99",
            note: $"p50 {first.Composing.P50:0.0} ms over {first.Composing.Count} topics; {options.Chats:#,0} digests ≈ {first.Composing.P50 * options.Chats / 1000:0} s of composing");
        report.Add("Delivering", "messages lost", first.Lost + again.Lost, "", "0", first.Lost + again.Lost == 0,
            note: first.NotSent + again.NotSent > 0 ? $"{first.NotSent + again.NotSent} sends reported not delivered" : "over both deliveries");
        report.Add("Delivering", "messages duplicated", first.Duplicated + again.Duplicated, "", "0", first.Duplicated + again.Duplicated == 0, note: "over both deliveries");

        // The same with the sender pacing at 95 % of what the server allows: headroom for timer and network jitter.
        var paced = (await Delivering.RunAsync(replies, options.Chats, global, perChatPerSecond: 1, pacedPerSecond: global * 95 / 100))[0];
        report.Add("Delivering", "same, sender paced at 95 % of the limit: messages/s", paced.AchievedPerSecond, "msg/s",
            note: $"{paced.ShareOfPossible:P0} of what the server's limit allows; {paced.TooManyRequests} 429s, {paced.Lost} lost, {paced.Duplicated} duplicated");
    }

    private void ReportDelivery(string figure, DeliveryResult result)
    {
        var share = result.ShareOfPossible;
        report.Add("Delivering", figure, result.AchievedPerSecond, "msg/s", "≥ 90 % of allowed", share >= 0.9,
            note: $"{share:P0} of the {result.FastestPossiblePerSecond:#,0}/s a {result.AllowedPerSecond:#,0}/s window allows for {result.MessagesExpected:#,0} messages; " +
                  $"{result.MessagesAccepted:#,0} messages in {result.Elapsed.TotalSeconds:0.00} s; {result.CpuUsed.TotalSeconds / result.Elapsed.TotalSeconds:0.00} cores busy " +
                  $"(sender and fake server, {result.CpuUsed.TotalMilliseconds / result.MessagesAccepted:0.00} ms of CPU a message); a 100 ms timer ticked every {result.TimerTickMs:0.0} ms");
    }

    private void Hostile()
    {
        const int small = 4_000;
        var (smallSeconds, largeSeconds) = CrowdedParagraph.Run(small, options.Seed);
        report.Add("Hostile", $"one paragraph of {small:#,0} appositions", smallSeconds, "s");
        report.Add("Hostile", $"one paragraph of {small * 4:#,0} appositions", largeSeconds, "s");
        var growth = largeSeconds / smallSeconds;
        report.Add("Hostile", "4× the appositions ÷ 1×", growth, "×", "≤ 6× (linear 4×, quadratic 16×)", growth <= 6);
    }

    private void Section(string name, Action action) => SectionAsync(name, () => { action(); return Task.CompletedTask; }).GetAwaiter().GetResult();

    private async Task SectionAsync(string name, Func<Task> action)
    {
        if (!options.Runs(name))
        {
            return;
        }

        Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {name}…");
        var started = Stopwatch.GetTimestamp();
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            report.Add(name, "not measured", null, "", note: $"{ex.GetType().Name}: {ex.Message}");
        }

        Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {name} took {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
    }
}
