using System.Text;

namespace BriefBot.Intake.Reading;

internal static class TextCleaning
{
    /// <summary>One line: runs of white space (line breaks included) become one space, control characters go.</summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var line = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u2028' or '\u2029')
            {
                space = line.Length > 0;
                continue;
            }

            if (char.IsControl(c) || c is '\u200b' or '\ufeff')
            {
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(c);
        }

        return line.ToString();
    }

    /// <summary>Paragraphs from text where a blank line ends a paragraph and single line breaks only wrap.</summary>
    public static List<ExtractedParagraph> Paragraphs(string text)
    {
        var paragraphs = new List<ExtractedParagraph>();
        foreach (var block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var line = OneLine(block);
            if (line.Any(char.IsLetterOrDigit))
            {
                paragraphs.Add(new ExtractedParagraph(line));
            }
        }

        return paragraphs;
    }

    /// <summary>Names from a byline: "By A and B" / "A, B" → ["A", "B"].</summary>
    public static IReadOnlyList<string> Authors(string? byline)
    {
        var text = OneLine(byline);
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..];
        }

        return text
            .Split([",", ";", " and ", " & ", "|"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => n.Length is > 1 and <= 80 && n.Any(char.IsLetter))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(10)
            .ToList();
    }
}
