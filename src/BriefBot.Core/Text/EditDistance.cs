namespace BriefBot.Core.Text;

/// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), bounded for speed.</summary>
public static class EditDistance
{
    private const int StackRows = 3 * 128;

    /// <summary>The distance, or <paramref name="limit"/> + 1 when it is larger than <paramref name="limit"/>.</summary>
    /// <remarks>
    /// Only the cells within <paramref name="limit"/> of the diagonal are worked out: any other cell is at least its
    /// distance from the diagonal, so no alignment within the limit passes through it.
    /// </remarks>
    public static int Bounded(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var outside = limit + 1;
        var width = b.Length + 1;
        var rows = 3 * width <= StackRows ? stackalloc int[3 * width] : new int[3 * width];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = Math.Min(j, outside);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - limit);
            var to = Math.Min(b.Length, i + limit);
            current[0] = Math.Min(i, outside);
            current[from - 1] = from == 1 ? current[0] : outside;
            if (to < b.Length)
            {
                current[to + 1] = outside;
            }

            var rowMin = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = Math.Min(value, outside);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return outside;
            }

            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return Math.Min(previous[b.Length], outside);
    }

    /// <summary>How many typos a word of this length may carry and still match.</summary>
    public static int Allowance(int length) => length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };
}
