using System.Buffers;
using System.Text;

namespace BriefBot.Core.Extraction.Text;

/// <summary>
/// The words of one sentence, split and folded exactly as <see cref="Tokenizer"/> does, held in buffers reused sentence
/// after sentence: the mention scan reads every sentence of the corpus and needs neither a string nor a token per word.
/// </summary>
internal sealed class SentenceWords
{
    private char[] _folded = new char[256];
    private Word[] _words = new Word[64];
    private int _length;

    /// <summary>The sentence's characters: fill it (growing it if need be), then call <see cref="Split"/> with how many there are.</summary>
    internal char[] Chars = new char[256];

    public int Count { get; private set; }

    public ReadOnlySpan<char> Text => Chars.AsSpan(0, _length);

    /// <summary>Where word <paramref name="i"/> starts in the sentence.</summary>
    public int Start(int i) => _words[i].Start;

    /// <summary>Word <paramref name="i"/> as written, without a possessive "'s" (<see cref="Token.Raw"/>).</summary>
    public ReadOnlySpan<char> Raw(int i) => _words[i].IsAmpersand ? "&" : Chars.AsSpan(_words[i].Start, _words[i].RawLength);

    /// <summary>Word <paramref name="i"/> folded (<see cref="Token.Folded"/>).</summary>
    public ReadOnlySpan<char> Folded(int i) => _words[i].IsAmpersand ? "and" : _folded.AsSpan(_words[i].FoldStart, _words[i].FoldLength);

    public bool IsCapitalised(int i) => Raw(i) is { Length: > 0 } raw && char.IsUpper(raw[0]);

    /// <summary>Reads the words of <paramref name="text"/>.</summary>
    public void Read(string text)
    {
        if (Chars.Length < text.Length)
        {
            Chars = new char[text.Length];
        }

        text.CopyTo(Chars);
        Split(text.Length);
    }

    /// <summary>Splits the first <paramref name="length"/> characters of <see cref="Chars"/> into words.</summary>
    public void Split(int length)
    {
        _length = length;
        Count = 0;
        var folded = 0;
        var text = Text;
        var i = 0;

        // Most sentences are ASCII: folded in one call, each word's folded form is then its own slice of the whole.
        var whole = Ascii.ToLower(text, Room(0, text.Length), out _) == OperationStatus.Done;
        while (Tokenizer.NextWord(text, ref i, out var start, out var end))
        {
            if (text[start] == '&')
            {
                Add(new Word(start, 1, 0, 3, IsAmpersand: true));
                continue;
            }

            if (whole)
            {
                var rawLength = Tokenizer.RawLength(text, start, end);
                Add(new Word(start, rawLength, start, rawLength, IsAmpersand: false));
                continue;
            }

            var raw = text.Slice(start, Tokenizer.RawLength(text, start, end));
            var foldStart = folded;
            var written = Ascii.ToLower(raw, Room(folded, raw.Length), out var n) == OperationStatus.Done
                ? Advance(n, ref folded)
                : Write(Folding.Fold(raw.ToString()), ref folded); // accents and typographic quotes: rare
            Add(new Word(start, raw.Length, foldStart, written, IsAmpersand: false));
        }
    }

    private static int Advance(int n, ref int folded)
    {
        folded += n;
        return n;
    }

    private int Write(string value, ref int folded)
    {
        value.CopyTo(Room(folded, value.Length));
        folded += value.Length;
        return value.Length;
    }

    private Span<char> Room(int at, int needed)
    {
        if (_folded.Length < at + needed)
        {
            Array.Resize(ref _folded, Math.Max(at + needed, 2 * _folded.Length));
        }

        return _folded.AsSpan(at);
    }

    private void Add(Word word)
    {
        if (Count == _words.Length)
        {
            Array.Resize(ref _words, 2 * _words.Length);
        }

        _words[Count++] = word;
    }

    private readonly record struct Word(int Start, int RawLength, int FoldStart, int FoldLength, bool IsAmpersand);
}
