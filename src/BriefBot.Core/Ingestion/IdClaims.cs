namespace BriefBot.Core.Ingestion;

/// <summary>
/// The order in which files claim their ids (file names, lower-cased): alphabetical, ignoring case; of two paths
/// that differ only in case, the one in lower case first. So <c>gulf-mediators.md</c> keeps its name whatever
/// <c>GULF-MEDIATORS.md</c> beside it, and the same files always give the same winner.
/// </summary>
internal static class IdClaims
{
    public static IEnumerable<int> Order(IReadOnlyList<string> paths) =>
        Enumerable.Range(0, paths.Count).Order(Comparer<int>.Create((a, b) => Compare(paths[a], paths[b])));

    private static int Compare(string a, string b)
    {
        var ignoringCase = string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
        return ignoringCase != 0 ? ignoringCase : string.CompareOrdinal(b, a);
    }
}
