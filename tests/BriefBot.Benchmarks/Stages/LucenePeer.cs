using System.Diagnostics;
using BriefBot.Core.Content;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace BriefBot.Benchmarks.Stages;

/// <summary>
/// The library a .NET engineer would otherwise use: Lucene.Net 4.8 with an in-memory directory, the English analyser
/// and BM25, one document per sentence (the same sentences our index holds), queried for the top 5 with every query
/// word optional (as our /search ranks), each hit's stored sentence number read back.
/// </summary>
internal sealed class LucenePeer : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private LucenePeer(RAMDirectory directory, Analyzer analyzer, DirectoryReader reader)
    {
        _directory = directory;
        _analyzer = analyzer;
        _reader = reader;
        _searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public int Documents => _reader.NumDocs;

    /// <summary>The sentences our SentenceIndex holds: every sentence of every paragraph that is not a heading.</summary>
    public static List<string> SentencesOf(IReadOnlyList<Article> articles) =>
        articles.SelectMany(a => a.Paragraphs).Where(p => !p.IsHeading).SelectMany(p => p.Sentences).Select(s => s.Text).ToList();

    public static (LucenePeer Peer, TimeSpan Elapsed, TimeSpan Cpu) Build(IReadOnlyList<string> sentences)
    {
        var cpu = Measuring.CpuClock.Start();
        var started = Stopwatch.GetTimestamp();
        var directory = new RAMDirectory();
        var analyzer = new EnglishAnalyzer(Version);
        var config = new IndexWriterConfig(Version, analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 256,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var text = new TextField("text", string.Empty, Field.Store.NO);
            var id = new StoredField("id", 0);
            var doc = new Document { text, id };
            for (var i = 0; i < sentences.Count; i++)
            {
                text.SetStringValue(sentences[i]);
                id.SetInt32Value(i);
                writer.AddDocument(doc);
            }

            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        return (new LucenePeer(directory, analyzer, reader), Stopwatch.GetElapsedTime(started), cpu.Elapsed);
    }

    /// <summary>Top 5 sentence numbers for the query.</summary>
    public int[] Search(string query)
    {
        var boolean = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream("text", query))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                boolean.Add(new TermQuery(new Term("text", term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        if (boolean.Clauses.Count == 0)
        {
            return [];
        }

        var top = _searcher.Search(boolean, 5);
        var ids = new int[top.ScoreDocs.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = _searcher.Doc(top.ScoreDocs[i].Doc).GetField("id").GetInt32Value() ?? -1;
        }

        return ids;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
