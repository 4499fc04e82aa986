using System.Collections.Frozen;

namespace BriefBot.Core.Extraction.Lexicon;

/// <summary>
/// Names written family name first, as Chinese, Korean and Vietnamese names are in English text ("Li Wei", "Park Ji-hoon",
/// "Nguyen Van An"): the family name is one of the common ones below and the given name is one or two short romanised
/// syllables (pinyin, Wade–Giles or Korean, joined or hyphenated), so that "Kim Darroch" or "Lee Anderson" stay given name first.
/// </summary>
internal static class FamilyNameFirst
{
    /// <summary>The commonest Chinese (pinyin and older spellings), Korean and Vietnamese family names.</summary>
    public static readonly FrozenSet<string> FamilyNames = new[]
    {
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo",
        "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng",
        "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren",
        "Shen", "Yao", "Lu", "Jin", "Fu", "Fan", "Fang", "Shi", "Tan", "Liao", "Zou", "Xiong", "Bai", "Meng", "Qin", "Qiu",
        "Hou", "Jiang", "Xue", "Yan", "Duan", "Lei", "Long", "Hao", "Kong", "Shao", "Mao", "Qian", "Qi", "Gu", "Wan", "Xia",
        "Tao", "Dai", "Mo", "Ni", "Kang", "Niu", "Yin", "Geng", "Ji", "Xing", "Ge", "Lai", "Wen", "Zhong", "Cui", "Mei",
        "Chang", "Chiang", "Chou", "Chu", "Hsu", "Hsieh", "Kuo", "Lo", "Soong", "Tsai", "Tsao", "Tseng", "Wong", "Cheung",
        "Leung", "Chan", "Chow", "Ho", "Lam", "Lau", "Tse", "Yip", "Ng", "Tung", "Chiu", "Koo", "Ko", "Lee", "Teo", "Goh",
        "Ong", "Lim", "Tay", "Chua", "Koh", "Heng", "Kim", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Jang",
        "Lim", "Shin", "Seo", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Moon", "Yang", "Baek", "Nam", "Noh",
        "Roh", "Ban", "Chung", "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do",
        "Ngo", "Duong", "Ly", "Xi",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = FamilyNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Initials =
        ["zh", "ch", "sh", "ts", "hs", "ng", "kw", "gw", "ph", "th", "tr", "kh", "nh", "gi", "v", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"];

    private static readonly FrozenSet<string> Finals = new[]
    {
        "a", "o", "e", "i", "u", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao", "iu", "ian",
        "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "ue", "ve", "io", "ih", "uh",
        "eo", "eon", "eong", "yeo", "eu", "eun", "eung", "ae", "aek", "ak", "ok", "uk", "ik", "ek", "oh", "ye", "wan", "won",
        "oon", "ook", "ee", "oo", "ien", "uong", "uoc", "anh", "inh", "ong", "oc", "uc", "ac", "at", "ut", "it", "ach", "am", "im", "um", "om", "ap", "ip", "op", "ul", "il", "al", "ol", "yu", "yung", "iung",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FinalLookup = Finals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word is one of the common family names written first.</summary>
    public static bool IsFamilyName(ReadOnlySpan<char> word) => Lookup.Contains(word);

    /// <summary>
    /// Whether a name of two or three words is written family name first: "Zhao Wei", "Tsai Ying-wen", "Kim Jong Un".
    /// </summary>
    public static bool Applies(ReadOnlySpan<char> name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0 || !IsFamilyName(name[..space]))
        {
            return false;
        }

        var rest = name[(space + 1)..];
        var words = 0;
        var romanised = 0;
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range];
            if (++words > 2 || word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }

            romanised += IsRomanisedGivenName(word) ? 1 : word.Length <= 5 && !word.Contains('.') ? 2 : 0;
        }

        // One romanised given name ("Jinping", "Ing-wen"), or two short syllables ("Jong Un", "Hsien Loong").
        return words == 1 ? romanised == 1 : romanised >= 2;
    }

    /// <summary>One or two romanised syllables, joined ("Jinping") or hyphenated ("Ing-wen").</summary>
    private static bool IsRomanisedGivenName(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            lower[i] = char.ToLowerInvariant(word[i]);
        }

        var dash = lower.IndexOf('-');
        if (dash >= 0)
        {
            return dash > 0 && IsSyllable(lower[..dash]) && IsSyllable(lower[(dash + 1)..]);
        }

        if (IsSyllable(lower))
        {
            return true;
        }

        for (var split = 1; split < lower.Length; split++)
        {
            if (IsSyllable(lower[..split]) && IsSyllable(lower[split..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSyllable(ReadOnlySpan<char> s)
    {
        if (s.Length is 0 or > 6)
        {
            return false;
        }

        if (FinalLookup.Contains(s))
        {
            return true;
        }

        foreach (var initial in Initials)
        {
            if (s.StartsWith(initial, StringComparison.Ordinal) && s.Length > initial.Length &&
                FinalLookup.Contains(s[initial.Length..]))
            {
                return true;
            }
        }

        return false;
    }
}
