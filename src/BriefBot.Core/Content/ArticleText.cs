using System.Collections;
using System.Text;

namespace BriefBot.Core.Content;

/// <summary>
/// The text of one article stored once, as UTF-8, with where its paragraphs and sentences are in one array of ints.
/// It is the article's list of paragraphs: each <see cref="ArticleParagraph"/> and <see cref="Sentence"/> handed out is a
/// small view made on request, decoded when its text is read.
/// </summary>
/// <remarks>
/// A snapshot holds every article for its lifetime and reads little of it again after extraction. An object per
/// paragraph and per sentence with two UTF-16 copies of the text cost about seven times the files; this costs about one.
/// Layout of <c>layout</c> for P paragraphs and S sentences: [0, P] paragraph byte starts (the last is the end);
/// [P+1, 2P+1] each paragraph's first sentence (bit 31 set for a heading; the last is S); then S sentence byte starts
/// and S sentence byte lengths.
/// </remarks>
internal sealed class ArticleText : IReadOnlyList<ArticleParagraph>
{
    private const int Heading = 1 << 31;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly byte[] _utf8;
    private readonly int[] _layout;
    private readonly int _paragraphs;
    private readonly int _sentences;

    public ArticleText(string articleId, byte[] utf8, int[] layout, int paragraphs, int sentences)
    {
        ArticleId = articleId;
        _utf8 = utf8;
        _layout = layout;
        _paragraphs = paragraphs;
        _sentences = sentences;
    }

    public string ArticleId { get; }

    public int Count => _paragraphs;

    public int SentenceCount => _sentences;

    /// <summary>How many bytes of UTF-8 the article's text takes.</summary>
    public int ByteCount => _utf8.Length;

    public ArticleParagraph this[int index] =>
        (uint)index < (uint)_paragraphs ? new ArticleParagraph(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>How many ints <see cref="ArticleText"/> needs to lay out <paramref name="paragraphs"/> and <paramref name="sentences"/>.</summary>
    public static int LayoutLength(int paragraphs, int sentences) => (2 * (paragraphs + 1)) + (2 * sentences);

    public static void SetParagraph(int[] layout, int paragraphs, int index, int byteStart, int firstSentence, bool heading)
    {
        layout[index] = byteStart;
        layout[paragraphs + 1 + index] = firstSentence | (heading ? Heading : 0);
    }

    public static void SetEnd(int[] layout, int paragraphs, int byteEnd, int sentences)
    {
        layout[paragraphs] = byteEnd;
        layout[(2 * paragraphs) + 1] = sentences;
    }

    public static void SetSentence(int[] layout, int paragraphs, int sentences, int sentence, int byteStart, int byteLength)
    {
        var at = (2 * (paragraphs + 1)) + sentence;
        layout[at] = byteStart;
        layout[at + sentences] = byteLength;
    }

    public bool IsHeading(int paragraph) => (_layout[_paragraphs + 1 + paragraph] & Heading) != 0;

    public int FirstSentence(int paragraph) => _layout[_paragraphs + 1 + paragraph] & ~Heading;

    public int SentencesIn(int paragraph) => FirstSentence(paragraph + 1) - FirstSentence(paragraph);

    public string ParagraphText(int paragraph) => Decode(_layout[paragraph], _layout[paragraph + 1] - _layout[paragraph]);

    public string SentenceText(int sentence) => Decode(SentenceStart(sentence), SentenceLength(sentence));

    public ReadOnlySpan<byte> SentenceBytes(int sentence) => _utf8.AsSpan(SentenceStart(sentence), SentenceLength(sentence));

    /// <summary>Decodes a sentence into <paramref name="chars"/>, grown when too small, and returns how many characters it has.</summary>
    public int DecodeSentence(int sentence, ref char[] chars) => Decode(SentenceBytes(sentence), ref chars);

    /// <summary>Decodes a paragraph into <paramref name="chars"/>, grown when too small, and returns how many characters it has.</summary>
    public int DecodeParagraph(int paragraph, ref char[] chars) =>
        Decode(_utf8.AsSpan(_layout[paragraph], _layout[paragraph + 1] - _layout[paragraph]), ref chars);

    private static int Decode(ReadOnlySpan<byte> bytes, ref char[] chars)
    {
        if (chars.Length < bytes.Length)
        {
            chars = new char[Math.Max(bytes.Length, 2 * chars.Length)];
        }

        return Utf8.GetChars(bytes, chars);
    }

    /// <summary>Where each sentence starts in its paragraph's text, in characters, into <paramref name="offsets"/> (one per sentence).</summary>
    /// <remarks>A paragraph's bytes are its sentences and the spaces between them, each encoded on its own, so counting the characters of the bytes before a sentence is finding it in the decoded paragraph.</remarks>
    public void SentenceOffsets(Span<int> offsets)
    {
        for (var p = 0; p < _paragraphs; p++)
        {
            var at = _layout[p];
            var chars = 0;
            for (var s = FirstSentence(p); s < FirstSentence(p + 1); s++)
            {
                chars += Utf8.GetCharCount(_utf8.AsSpan(at, SentenceStart(s) - at));
                offsets[s] = chars;
                at = SentenceStart(s);
            }
        }
    }

    /// <summary>The <paramref name="sentence"/>-th sentence of the article, counting every paragraph's.</summary>
    public Sentence SentenceAt(int sentence)
    {
        var paragraph = ParagraphOf(sentence);
        return new Sentence(this, paragraph, sentence - FirstSentence(paragraph), sentence);
    }

    public IEnumerator<ArticleParagraph> GetEnumerator()
    {
        for (var i = 0; i < _paragraphs; i++)
        {
            yield return new ArticleParagraph(this, i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int SentenceStart(int sentence) => _layout[(2 * (_paragraphs + 1)) + sentence];

    private int SentenceLength(int sentence) => _layout[(2 * (_paragraphs + 1)) + _sentences + sentence];

    private int ParagraphOf(int sentence)
    {
        int low = 0, high = _paragraphs - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (FirstSentence(mid) <= sentence)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        // Paragraphs with no sentence share their first sentence with the next one: the last of them holds it.
        return low;
    }

    private string Decode(int start, int length) => length == 0 ? string.Empty : Utf8.GetString(_utf8, start, length);
}

/// <summary>The sentences of one stored paragraph, made on request.</summary>
internal sealed class StoredSentences(ArticleText store, int paragraph) : IReadOnlyList<Sentence>
{
    private readonly int _first = store.FirstSentence(paragraph);

    public int Count { get; } = store.SentencesIn(paragraph);

    public Sentence this[int index] =>
        (uint)index < (uint)Count ? new Sentence(store, paragraph, index, _first + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Sentence> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
