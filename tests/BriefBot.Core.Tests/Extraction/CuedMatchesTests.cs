using System.Text.RegularExpressions;
using BriefBot.Core.Extraction;
using FsCheck.Xunit;

namespace BriefBot.Core.Tests.Extraction;

/// <summary>
/// The role patterns are tried only where a cue allows a match to start: on any sentence built from the words they read,
/// that must find exactly what the same expression scanning from the left finds.
/// </summary>
public class CuedMatchesTests
{
    private static readonly string[] RoleNouns = [.. Patterns.LowerRoleNouns().Where(w => w.Contains(' ', StringComparison.Ordinal)).Take(4),
        .. Patterns.LowerRoleNouns().Where(w => !w.Contains(' ', StringComparison.Ordinal)).Take(6)];

    private static readonly string[] Pieces =
    [
        "the", "The", "a", "an", "An", "his", "Her", "their", "Ruritania's", "O’Brien’s", "x", "and", "said", "of", "at", "to",
        "Freedonia", "Harbour Institute", "Jane", "Doe", "Jan Novak", "Dr", "Mr.", ",", ";", ":", ".", "(", ")", "“", "”", "-",
        "vice-", "  ", "Capt.", "é", "ministry",
    ];

    [Property(MaxTest = 3000)]
    public void RoleBeforeName_FindsWhatTheScanningExpressionFinds(byte[] picks) =>
        AssertSameMatches(Sentence(picks), PersonFinder.RoleBeforeName.Anchored, PersonFinder.RoleNounStarts, _ => true);

    [Property(MaxTest = 3000)]
    public void RoleThenName_FindsWhatTheScanningExpressionFinds(byte[] picks) =>
        AssertSameMatches(Sentence(picks), RoleThenName.Pattern.Anchored, RoleThenName.LeadStarts, RoleThenName.CommaBeforeCapital);

    [Fact]
    public void BothPatterns_FindTheirRoleInAnOrdinarySentence()
    {
        var text = $"The {RoleNouns[0]} of the Harbour Institute, Jane Doe, said that {RoleNouns[5]} Jan Novak agreed.";

        AssertSameMatches(text, RoleThenName.Pattern.Anchored, RoleThenName.LeadStarts, RoleThenName.CommaBeforeCapital);
        AssertSameMatches(text, PersonFinder.RoleBeforeName.Anchored, PersonFinder.RoleNounStarts, _ => true);
        Assert.Single(CuedMatches.All(RoleThenName.Pattern.Anchored, text, RoleThenName.LeadStarts(text)!));
        Assert.Single(CuedMatches.All(PersonFinder.RoleBeforeName.Anchored, text, PersonFinder.RoleNounStarts(text)!));
    }

    [Fact]
    public void All_TriesOnlyTheGivenStarts_AndNeverOverlaps()
    {
        var anchored = new Regex(@"\Gab+");

        var found = CuedMatches.All(anchored, "abbab ab", [0, 1, 3, 4, 6]);

        Assert.Equal([(0, 3), (3, 2), (6, 2)], found.Select(m => (m.Index, m.Length)));
    }

    private static void AssertSameMatches(string text, Regex anchored, Func<string, List<int>?> starts, Func<string, bool> gate)
    {
        var scanning = Scanning.GetOrAdd(anchored, a => new Regex(a.ToString()[2..], a.Options));
        var expected = new List<string>();
        for (var m = gate(text) ? scanning.Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            expected.Add(Show(m));
        }

        var cued = starts(text) is { } s ? CuedMatches.All(anchored, text, s) : CuedMatches.None;

        Assert.Equal(expected, cued.Select(Show));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Regex, Regex> Scanning = new();

    private static string Show(Match m) => string.Join("|", m.Groups.Values.Select(g => $"{g.Name}={g.Index},{g.Length}"));

    // Pieces joined by a space, or by nothing after a byte whose top bit is set, so words also run together.
    private static string Sentence(byte[]? picks)
    {
        var words = new List<string>();
        foreach (var b in picks ?? [])
        {
            var piece = (b & 0x3F) % (Pieces.Length + RoleNouns.Length) is var i && i < Pieces.Length ? Pieces[i] : RoleNouns[i - Pieces.Length];
            words.Add((b & 0x80) != 0 && words.Count > 0 ? words[^1] + piece : piece);
            if ((b & 0x80) != 0 && words.Count > 1)
            {
                words.RemoveAt(words.Count - 2);
            }
        }

        return string.Join(' ', words);
    }
}
