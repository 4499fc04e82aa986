using System.Text.RegularExpressions;
using BriefBot.Core.Extraction.Lexicon;

namespace BriefBot.Core.Extraction;

/// <summary>Regular-expression building blocks shared by the finders (compiled once; constant ones at build time).</summary>
internal static class Patterns
{
    /// <summary>One word of a name: "Solberg", "Al-Rashid", "O’Neill", "J.".</summary>
    public const string NameWord = @"(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{Lu}\p{M}'’]*(?:-\p{Lu}?[\p{Ll}\p{Lu}\p{M}'’]+)*)";

    public const string Particle = @"(?:de|da|do|dos|das|del|della|di|du|des|la|le|van|von|der|den|ter|bin|ibn|bint|al|el)";

    /// <summary>A name of one to four words with optional particles: "Lucía de la Cruz".</summary>
    /// <remarks>A nickname in quotation marks may stand between two words ("John W. “Jay” Raymond"); <see cref="PersonFinder.Clean(string)"/> leaves it out.</remarks>
    public const string Name = NameWord + @"(?:[ \u00A0]+(?:" + Particle + @"[ \u00A0]+){0,2}(?:[“""]\p{Lu}\p{Ll}+[”""][ \u00A0]+)?" + NameWord + @"){0,3}";

    public const string Quoted = @"[“""](?<t>[^”“""]{1,80})[”""“]";

    // Expressions run on every sentence or paragraph are compiled at start-up (Options): that code is optimised at once.
    // Constant expressions run only now and then are source-generated (Generated, with [GeneratedRegex]): they cost
    // nothing at start-up, and their code, which starts unoptimised like all generated code, runs too seldom to matter.
    // Measured: generating the per-sentence ones too made a first extraction about 25 % slower.

    /// <summary>For expressions run on every sentence or paragraph, and those built at run time from word lists.</summary>
    public const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    /// <summary>For constant expressions run only now and then, with [GeneratedRegex].</summary>
    public const RegexOptions Generated = RegexOptions.CultureInvariant;

    public static string Alternation(IEnumerable<string> words) =>
        "(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";

    /// <summary>Lower-case role nouns, longest first, for "research director Jane Doe".</summary>
    public static readonly string RoleNounsLower = Alternation(LowerRoleNouns());

    /// <summary>
    /// The same nouns with the first letter in either case, for a role before a name between commas, which may be
    /// capitalised as a title is ("Ruritania's Ambassador to Freedonia, Jan Novak").
    /// </summary>
    public static readonly string RoleNounsEitherFirst =
        "(?:" + string.Join('|', LowerRoleNouns().OrderByDescending(w => w.Length).Select(w => "[" + char.ToUpperInvariant(w[0]) + w[0] + "]" + Regex.Escape(w[1..]))) + ")";

    /// <summary>The last runs of letters of <see cref="LowerRoleNouns"/>: the cue that a role noun may end somewhere.</summary>
    public static readonly LetterTails LowerRoleNounTails = new(LowerRoleNouns());

    public static IEnumerable<string> LowerRoleNouns() => Words.RoleNouns.Where(r => r.All(c => !char.IsUpper(c)));

    public static readonly string OfficeWords = Alternation(Words.OfficeWords);
}
