namespace BriefBot.Core.Search;

/// <summary>
/// How often each posting's term occurs in its sentence: one byte each, since a word almost never comes back 255 times in
/// one sentence; the rare larger counts are kept aside, so every count stays exact.
/// </summary>
internal sealed class TermCounts(byte[] small, Dictionary<int, int> large)
{
    public const int Saturated = byte.MaxValue;

    public int this[int posting] => small[posting] is var count && count < Saturated ? count : large[posting];
}
