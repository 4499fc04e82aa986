using System.Globalization;
using System.Numerics;
using System.Text;

namespace BriefBot.Quality;

/// <summary>Python's way of printing what score.py prints, so that its lines and ours compare byte for byte.</summary>
internal static class PythonText
{
    /// <summary>f"{x:.2f}": the exact binary value rounded half to even (0.125 → 0.12, where .NET's "F2" gives 0.13).</summary>
    public static string F2(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return x.ToString(CultureInfo.InvariantCulture);
        }

        var negative = x < 0;
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        BigInteger hundredths;
        if (exponent >= 0)
        {
            hundredths = new BigInteger(mantissa) * 100 << exponent;
        }
        else
        {
            var denominator = BigInteger.One << -exponent;
            hundredths = BigInteger.DivRem(new BigInteger(mantissa) * 100, denominator, out var rest);
            var twice = rest * 2;
            if (twice > denominator || (twice == denominator && !hundredths.IsEven))
            {
                hundredths++;
            }
        }

        var digits = hundredths.ToString(CultureInfo.InvariantCulture).PadLeft(3, '0');
        var text = digits[..^2] + "." + digits[^2..];
        return negative && hundredths != 0 ? "-" + text : text;
    }

    /// <summary>repr() of a list of str or None, as in f"missing={missing}".</summary>
    public static string List(IEnumerable<string?> items) => "[" + string.Join(", ", items.Select(Repr)) + "]";

    /// <summary>repr() of a str or None: single quotes unless the text holds one and no double quote.</summary>
    public static string Repr(string? s)
    {
        if (s is null)
        {
            return "None";
        }

        var quote = s.Contains('\'', StringComparison.Ordinal) && !s.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (c == quote)
                    {
                        sb.Append('\\').Append(c);
                    }
                    else if (char.IsSurrogatePair(s, i))
                    {
                        var code = char.ConvertToUtf32(s, i);
                        _ = Printable(CharUnicodeInfo.GetUnicodeCategory(code))
                            ? sb.Append(s, i, 2)
                            : sb.Append(CultureInfo.InvariantCulture, $"\\U{code:x8}");
                        i++;
                    }
                    else if (c == ' ' || Printable(CharUnicodeInfo.GetUnicodeCategory(c)))
                    {
                        sb.Append(c);
                    }
                    else
                    {
                        sb.Append(c <= '\u00ff' ? "\\x" : "\\u").Append(((int)c).ToString(c <= '\u00ff' ? "x2" : "x4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return sb.Append(quote).ToString();
    }

    /// <summary>str.isprintable for one character: not a control, format, private, unassigned or separator character.</summary>
    private static bool Printable(UnicodeCategory category) => category is not (
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or
        UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
}
