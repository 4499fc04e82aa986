namespace BriefBot.Core.Extraction;

/// <summary>The entities the mention scan found in a sentence, read as (candidate key, character offset) from (key number, offset).</summary>
internal readonly struct FoundMentions(ReadOnlyMemory<(int Key, int Start)> found, IReadOnlyList<string> keys)
{
    public Enumerator GetEnumerator() => new(found.Span, keys);

    public ref struct Enumerator(ReadOnlySpan<(int Key, int Start)> found, IReadOnlyList<string>? keys)
    {
        private readonly ReadOnlySpan<(int Key, int Start)> _found = found;
        private int _index = -1;

        public readonly (string Key, int Start) Current => (keys![_found[_index].Key], _found[_index].Start);

        public bool MoveNext() => ++_index < _found.Length;
    }
}
