using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BriefBot.Core.Ingestion;

/// <summary>
/// Lines that a pasted web page brings along and that are not the article: widget and link labels followed by another
/// story's headline ("Related …", "Read more: …", "Watch: …"), captions and picture credits, video players, timestamps,
/// body bylines, cookie and subscription prompts. Decided by the shape of the line and the share of page-interface words
/// in it, never by a list of particular lines.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>Words of a page's interface that label a widget, link or picture rather than say something.</summary>
    private static readonly FrozenSet<string> InterfaceWords = new[]
    {
        "related", "read", "watch", "watched", "listen", "share", "video", "videos", "photo", "photos", "photograph",
        "picture", "pictures", "image", "images", "gallery", "caption", "copyright", "credit", "credits", "playback",
        "recommended", "trending", "advertisement", "sponsored", "replay", "skip", "subscribe", "newsletter",
        "newsletters", "click", "tap", "interested", "follow", "illustration", "graphic", "graphics", "audio", "podcast",
        "topics", "story", "stories", "content", "more", "also", "see", "must", "just", "live", "latest", "top", "most",
        "popular", "on", "this", "to", "us", "our", "you", "may", "might", "be", "in", "like", "main", "news", "here",
        "article", "articles", "other", "sign", "up", "the", "now", "explore", "full", "coverage", "breaking", "updates",
        "embed", "post", "file", "media", "these", "download", "print", "pdf", "email", "tags", "cite", "permalink",
        "reuse", "save", "now", "comment", "comments", "leave", "a",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InterfaceWordsLookup = InterfaceWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Interface words that mark a label on their own (the rest, such as "more" or "on", only come along).</summary>
    private static readonly FrozenSet<string> LabelWords = new[]
    {
        "related", "read", "watch", "watched", "listen", "share", "video", "videos", "photo", "photos", "photograph",
        "picture", "pictures", "image", "images", "gallery", "caption", "copyright", "credit", "credits", "playback",
        "recommended", "trending", "advertisement", "sponsored", "replay", "skip", "subscribe", "newsletter",
        "newsletters", "click", "tap", "interested", "follow", "illustration", "graphic", "graphics", "audio", "podcast",
        "explore", "embed", "see", "download", "print", "tags", "cite", "permalink", "reuse", "comment", "comments",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelWordsLookup = LabelWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Labels after which the rest of the line is never the article, whatever its shape (captions, players).</summary>
    private static readonly FrozenSet<string> HardLabelWords = new[]
    {
        "caption", "copyright", "credit", "credits", "playback", "replay", "watched", "skip", "advertisement", "sponsored",
        "embed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HardLabelWordsLookup = HardLabelWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of prompts and banners (subscribe, cookies, apps): a line mostly made of them asks, it does not report.</summary>
    private static readonly FrozenSet<string> PromptWords = new[]
    {
        "cookie", "cookies", "subscribe", "subscription", "subscriber", "subscribers", "newsletter", "newsletters", "sign",
        "login", "log", "register", "account", "inbox", "email", "unlimited", "access", "free", "trial", "click", "tap",
        "share", "follow", "app", "download", "browser", "javascript", "enable", "device", "unsupported", "playback",
        "content", "skip", "menu", "navigation", "print", "save", "bookmark", "read", "reading", "continue", "privacy",
        "policy", "terms", "settings", "accept", "consent", "experience", "website", "site", "browse", "browsing", "latest",
        "news", "updates", "alerts", "notifications", "support", "journalism", "donate", "offer", "articles", "story",
        "stories", "watch", "listen", "more", "best", "get", "use", "uses", "using", "improve", "personalise", "personalize",
        "agree", "manage", "here", "link", "main", "thanks", "receive", "posts", "post", "comment", "comments", "leave",
        "paid", "pledge",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PromptWordsLookup = PromptWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> PromptStarts = new[]
    {
        "subscribe", "sign", "log", "register", "join", "get", "download", "follow", "share", "click", "tap", "read",
        "watch", "listen", "skip", "continue", "already", "don't", "we", "you", "enable", "accept", "manage", "try",
        "unlock", "become", "support", "this", "our", "thanks", "leave",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PromptStartsLookup = PromptStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Stopwords = new[]
    {
        "a", "an", "the", "to", "of", "in", "on", "for", "and", "or", "with", "by", "at", "from", "your", "you", "our", "we",
        "us", "it", "this", "that", "is", "are", "be", "can", "will", "may", "all", "any", "now", "up", "out", "not", "no",
        "i", "my", "me", "its", "as", "if", "so", "do", "don't",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopwordsLookup = Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of the newsroom that, with a name and a place, make a line a byline ("Jane Doe, Asia correspondent").</summary>
    private static readonly FrozenSet<string> NewsroomWords = new[]
    {
        "correspondent", "editor", "reporter", "producer", "writer", "journalist", "bureau", "desk", "news", "staff",
        "contributor", "columnist", "anchor", "presenter",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Picture agencies whose name closes a caption (general knowledge, like a list of news agencies).</summary>
    private static readonly FrozenSet<string> PictureAgencies = new[]
    {
        "Getty Images", "Shutterstock", "Alamy", "AFP", "Reuters", "AP", "EPA", "EPA-EFE", "AAP", "PA", "PA Media",
        "Bloomberg", "Xinhua", "Kyodo", "Yonhap", "ANP", "Anadolu", "dpa", "SOPA Images", "NurPhoto", "ZUMA",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the whole line is page furniture and not part of the article titled <paramref name="title"/>.</summary>
    public static bool IsFurniture(ReadOnlySpan<char> line, string title)
    {
        var t = line.Trim();
        if (t.Length == 0)
        {
            return false;
        }

        if (LineShapes.IsListItem(t))
        {
            t = LineShapes.StripListMarker(t.ToString().AsMemory()).Span.Trim();
        }

        // A paragraph that ends a sentence can only be a caption under its label or a prompt; most lines are such
        // paragraphs, and the checks for credits, timestamps, bylines and players need not read them.
        if (t.Length > ShortLine && EndsSentence(t))
        {
            return LabelLine(t) || Prompt(t);
        }

        return RepeatsTitle(t, title) || ShortSourceLine(t) || Timestamped(t) || LabelLine(t) || CapitalLabel(t) ||
               EndsWithRunningTime(t) || CreditLine(t) || BodyByline(t) || Prompt(t);
    }

    /// <summary>
    /// The first paragraph of a report without the dateline or byline glued before its first sentence
    /// ("CITY (Agency) - ", "City (Outlet) ", "CITY • ", "By Jane Doe and John Roe, Outlet Updated 1200 GMT (2000 HKT) …").
    /// </summary>
    public static ReadOnlyMemory<char> WithoutLead(ReadOnlyMemory<char> paragraph)
    {
        var text = paragraph.Span;
        var cut = 0;
        if (text.StartsWith("By ", StringComparison.Ordinal) && GluedByline().Match(paragraph.ToString()) is { Success: true } by)
        {
            cut = by.Length;
        }

        var rest = paragraph[cut..].ToString();
        if (AgencyDateline().Match(rest) is { Success: true } agency && !AgencyIsInitials(agency.Groups["place"].Value, agency.Groups["agency"].Value))
        {
            cut += agency.Length;
        }
        else if (CapitalDateline().Match(rest) is { Success: true } place)
        {
            cut += place.Length;
        }

        return cut == 0 ? paragraph : paragraph[cut..].TrimStart();
    }

    /// <summary>
    /// Whether a line before the title is a page's banner ("Skip to main content", "Advertisement", a cookie prompt, a
    /// timestamp): only lines that cannot be a headline, since a title may well open with "Watch" or "Photo".
    /// </summary>
    public static bool IsBanner(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        return t.Length > 0 && (Prompt(t) || Timestamped(t) || OnlyInterfaceWords(t, minWords: 1) && HasLabelWord(t));
    }

    private static bool HasLabelWord(ReadOnlySpan<char> t)
    {
        foreach (var range in t.Split(' '))
        {
            if (LabelWordsLookup.Contains(t[range].TrimEnd(":,.")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line ends a label that introduces a list of other stories ("You may also be interested in:").</summary>
    public static bool IntroducesOtherStories(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        return t.EndsWith(':') && (LabelLine(t) || OnlyInterfaceWords(t, minWords: 2));
    }

    /// <summary>"More on this story:": a short line of interface words and nothing else.</summary>
    private static bool OnlyInterfaceWords(ReadOnlySpan<char> t, int minWords)
    {
        var words = 0;
        foreach (var range in t.Split(' '))
        {
            var word = t[range].TrimEnd(":,.");
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 8 || !InterfaceWordsLookup.Contains(word))
            {
                return false;
            }
        }

        return words >= minWords;
    }

    /// <summary>A headline of another story in a list: short, capitalised, without closing punctuation.</summary>
    public static bool IsListedHeadline(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        return t.Length > 0 && LineShapes.CountWords(t) <= 20 && (char.IsUpper(t[0]) || char.IsDigit(t[0])) &&
               !EndsSentence(t);
    }

    /// <summary>Longer than any byline, source line or credit line that ends with a full stop.</summary>
    private const int ShortLine = 120;

    /// <summary>Longer than any banner, prompt, byline or timestamp.</summary>
    private const int LongLine = 350;

    /// <summary>Credits close a caption within this many characters.</summary>
    private const int CreditTail = 100;

    /// <summary>"Source: Agency" in the body, under a chart or at the end.</summary>
    private static bool ShortSourceLine(ReadOnlySpan<char> t) =>
        t.Length <= 80 && t.IndexOf(':') is > 0 and < 25 && LineShapes.SourceLine(t) is not null && LineShapes.CountWords(t) <= 8;

    private static bool RepeatsTitle(ReadOnlySpan<char> t, string title) =>
        title.Length >= 10 && t.StartsWith(title, StringComparison.Ordinal) && (t.Length == title.Length || !EndsSentence(t));

    private static bool Timestamped(ReadOnlySpan<char> t) =>
        t.Length <= 250 && !EndsSentence(t) && LineShapes.CountWords(t) <= 30 && (TimeAgo().IsMatch(t) || UpdatedStamp().IsMatch(t));

    /// <summary>
    /// A line that opens with a label of interface words ("Related Story", "Read more:", "Image copyright", "Share this
    /// article") followed by nothing, a colon or another story's headline.
    /// </summary>
    private static bool LabelLine(ReadOnlySpan<char> t)
    {
        if (!char.IsLetter(t[0]))
        {
            return false;
        }

        // The interface words the line opens with; after each, whether a label word came so far and where the word ends.
        Span<(bool Strong, int End)> label = stackalloc (bool, int)[6];
        var count = 0;
        var strong = false;
        var hard = false;
        var colon = false;
        foreach (var range in t.Split(' '))
        {
            var raw = t[range];
            if (raw.IsEmpty)
            {
                continue;
            }

            var word = raw.TrimEnd(":,.").TrimStart("•·");
            // "US" in capitals is the country, not "us".
            if (count == label.Length || word.IsEmpty || !InterfaceWordsLookup.Contains(word) ||
                word.Length <= 2 && IsCapitalWord(word))
            {
                break;
            }

            strong |= LabelWordsLookup.Contains(word);
            hard |= HardLabelWordsLookup.Contains(word);
            label[count++] = (strong, range.End.Value);
            if (raw.EndsWith(':'))
            {
                colon = true;
                break;
            }
        }

        if (count == 0 || !strong)
        {
            return false;
        }

        var rest = t[label[count - 1].End..].Trim();
        if (rest.IsEmpty || hard || colon)
        {
            return !rest.IsEmpty || LineShapes.CountWords(t) <= 8;
        }

        // "Related Story <headline>": the rest is another story's headline, capitalised and not a sentence of this one
        // (headlines may ask a question; they do not end with a full stop). The headline may open with an interface
        // word itself ("Related Story The …"), so every end of a label is tried.
        if (EndsSentence(t) && !t.TrimEnd("”\"’') ").EndsWith('?'))
        {
            return false;
        }

        for (var k = count - 1; k >= 0; k--)
        {
            var after = t[label[k].End..].TrimStart();
            if (label[k].Strong && after.Length > 0 && (char.IsUpper(after[0]) || char.IsDigit(after[0]) || after[0] is '‘' or '“' or '"' or '\''))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"WATCH NOW …", "JUST IN …": two or more words in capitals, one of them a label, before other text.</summary>
    private static bool CapitalLabel(ReadOnlySpan<char> t)
    {
        var capitals = 0;
        var labelled = false;
        foreach (var range in t.Split(' '))
        {
            var word = t[range].TrimEnd(":,").Trim("-–—");
            if (word.IsEmpty)
            {
                continue;
            }

            if (!IsCapitalWord(word))
            {
                break;
            }

            capitals++;
            labelled |= LabelWordsLookup.Contains(word);
        }

        return capitals >= 2 && labelled && !EndsSentence(t);
    }

    /// <summary>A video's headline with its running time ("… 03:32") and no sentence in it.</summary>
    private static bool EndsWithRunningTime(ReadOnlySpan<char> t) => char.IsDigit(t[^1]) && RunningTime().IsMatch(t) && !HasSentenceBreak(t);

    /// <summary>A word, a full stop (not an ellipsis), a space: one sentence ends and another starts.</summary>
    private static bool HasSentenceBreak(ReadOnlySpan<char> t)
    {
        for (var i = 1; i + 1 < t.Length; i++)
        {
            if (t[i] is '.' or '!' or '?' && t[i + 1] == ' ' && char.IsLower(t[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A caption closed by its picture credit ("… in Beijing. PHOTO: AGENCY", "… NAME/AGENCY via Agency", "… (Agency)").</summary>
    private static bool CreditLine(ReadOnlySpan<char> t)
    {
        // The credit ends the line: only its tail is looked at, from a sentence's start so that "^" in SlashCredit holds.
        var tail = t;
        if (t.Length > CreditTail)
        {
            var end = t[^CreditTail..].LastIndexOf(". ");
            tail = end < 0 ? [] : t[(t.Length - CreditTail + end + 2)..];
        }

        if (tail.Contains(':') && (CapitalCredit().IsMatch(tail) || LabelledCredit().IsMatch(t[^Math.Min(t.Length, CreditTail)..])) ||
            tail.Contains('/') && SlashCredit().IsMatch(tail))
        {
            return true;
        }

        var bracketed = t.EndsWith(')');
        var s = bracketed ? t[..^1] : t;
        foreach (var agency in PictureAgencies)
        {
            if (!s.EndsWith(agency, StringComparison.Ordinal) || s.Length <= agency.Length)
            {
                continue;
            }

            var before = s[..^agency.Length];
            if (bracketed ? before.EndsWith('(') && !before[..^1].TrimEnd().Contains(". ", StringComparison.Ordinal) | EndsSentence(before[..^1].TrimEnd())
                          : before.EndsWith('/') || before.TrimEnd().EndsWith(" via", StringComparison.Ordinal) || before.EndsWith(' ') && EndsSentence(before.TrimEnd()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Analysis by Jane Doe, Outlet, City", "By Jane Doe, Asia correspondent", "Jane Doe, Outlet News, City", "Additional reporting by …".</summary>
    private static bool BodyByline(ReadOnlySpan<char> t)
    {
        if (t.Length > 120 || LineShapes.CountWords(t) > 12 || EndsSentence(t) && !t.EndsWith('.') || t.TrimEnd('.').Contains(". ", StringComparison.Ordinal))
        {
            return false;
        }

        if (BylineLead().Match(t.ToString()) is { Success: true } by)
        {
            var who = by.Groups["who"].Value.Trim().TrimEnd('.');
            return by.Groups["lead"].Value.Contains("reporting", StringComparison.OrdinalIgnoreCase) ||
                   NameShape.LooksLikePersonName(who) || LineShapes.SplitNames(who).Count > 1;
        }

        if (EndsSentence(t))
        {
            return false;
        }

        // Name, newsroom, place.
        var parts = t.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 4 || !NameShape.LooksLikePersonName(parts[0]))
        {
            return false;
        }

        foreach (var part in parts.AsSpan(1))
        {
            foreach (var word in part.Split(' '))
            {
                if (NewsroomWords.Contains(word) || word.Length is >= 2 and <= 5 && IsCapitalWord(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Cookie, subscription and app prompts: a line that asks the reader something in page-interface words.</summary>
    private static bool Prompt(ReadOnlySpan<char> t)
    {
        if (t.Length > LongLine)
        {
            return false;
        }

        var end = t.IndexOf(' ');
        var opening = (end < 0 ? t : t[..end]).Trim(".,:;!?()\"“”‘’");
        if (!PromptStartsLookup.Contains(opening) && !t.Contains("cookie", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = 0;
        var counted = 0;
        var prompt = 0;
        var first = true;
        var starts = false;
        var cookie = false;
        foreach (var range in t.Split(' '))
        {
            var word = t[range].Trim(".,:;!?()\"“”‘’");
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (first)
            {
                starts = PromptStartsLookup.Contains(word);
                first = false;
            }

            cookie |= word.StartsWith("cookie", StringComparison.OrdinalIgnoreCase);
            if (StopwordsLookup.Contains(word))
            {
                continue;
            }

            counted++;
            if (PromptWordsLookup.Contains(word))
            {
                prompt++;
            }
        }

        return words <= 50 && prompt >= 2 && (starts || cookie) && prompt * 5 >= counted * 3 && !Reported(t);
    }

    /// <summary>Quoted or reported speech is the article, whatever its words.</summary>
    private static bool Reported(ReadOnlySpan<char> t) =>
        t.IndexOfAny("\"“”") >= 0 || t.Contains(" said", StringComparison.Ordinal) || t.Contains(" says", StringComparison.Ordinal) ||
        t.Contains(" told", StringComparison.Ordinal);

    private static bool IsCapitalWord(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool EndsSentence(ReadOnlySpan<char> t)
    {
        var s = t.TrimEnd("”\"’')] ");
        return s.Length > 0 && s[^1] is '.' or '!' or '?' or '…';
    }

    private static bool AgencyIsInitials(string place, string agency)
    {
        var initials = string.Concat(place.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        return initials.Length >= 2 && agency.StartsWith(initials, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\b\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeAgo();

    [GeneratedRegex(@"^(?:Last\s+)?(?:Updated|Published|Posted|Modified|First published)\b.{0,40}?(?:\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|HKT|SGT|JST|IST|[ap]\.?m\.?)|\d{4}|\bago\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedStamp();

    [GeneratedRegex(@"(?<![\d:.])\d{1,2}:\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RunningTime();

    [GeneratedRegex(@"\b(?:PHOTOS?|PICTURES?|IMAGES?|ILLUSTRATION|GRAPHIC|VIDEO|FILE PHOTO)\s*:\s*[\p{Lu}\d][\p{Lu}\d .&/-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalCredit();

    /// <summary>"… beside the river. Photograph: Jane Doe/Agency": a credit label after the caption's sentence.</summary>
    [GeneratedRegex(@"(?<=[.!?”""][ ]{1,3})(?i:photograph|photo|picture|image|illustration|graphic|credit|video)s?[ ]*:[ ]*[^.!?]{2,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledCredit();

    [GeneratedRegex(@"(?:(?<=[.!?)”""][ ]{1,3})|^)\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*/\p{Lu}[\p{L}-]*(?:/\p{Lu}[\p{L}-]*)*(?:\s+via\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashCredit();

    [GeneratedRegex(@"^(?:(?<lead>(?i:analysis|additional\s+reporting|reporting|report|words|text|story|interview|photos?|video|edited|produced|written))\s+)?(?i:by)\s+(?<who>\p{Lu}[^,;|]*)", RegexOptions.CultureInvariant)]
    private static partial Regex BylineLead();

    /// <summary>"Place (Agency) - ", "(Outlet) — ": the agency is a capitalised word or letters, the sentence starts after it.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}.'-]*(?:(?:[ ,]+|/)[\p{Lu}\d][\p{L}\d.'-]*){0,5}[ ]+)?\((?<agency>\p{Lu}[\p{L}.&-]*(?:(?:,[ ]*|[ ]|/)\p{Lu}[\p{L}.&-]*){0,6})\)(?:[ ]*[-–—•:|][ ]*|[ ]+)(?=[\p{Lu}\d“""‘'])", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDateline();

    /// <summary>"CITY • ", "CITY - ", "CITY, Country — ": a place in capitals and a separator before the first sentence.</summary>
    [GeneratedRegex(@"^\p{Lu}{2,}(?:(?:[ .'-]+|/)\p{Lu}{2,})*(?:,[ ]*\p{Lu}[\p{L}.]+(?:[ ]\p{Lu}[\p{L}.]+)?)?[ ]*(?:•|·|[-–—]|\|)[ ]+(?=[\p{Lu}\d“""‘'])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalDateline();

    /// <summary>"By Jane Doe, John Roe and Ann Poe, Outlet" and any "Updated 0412 GMT (1212 HKT) April 9, 2020" after it.</summary>
    [GeneratedRegex(@"^By[ ]+\p{Lu}[\p{L}.'-]*(?:(?:[ ]+|,[ ]*|[ ]+and[ ]+|[ ]*&[ ]*)\p{Lu}[\p{L}.'-]*){1,15}?,[ ]*\p{Lu}[\p{L}.&-]*(?:[ ]\p{Lu}[\p{L}.&-]*){0,2}[ ]+(?:(?:Updated|Published)[ ]+[^A-Za-z]{0,20}(?:GMT|UTC|ET|BST)?[ ]*(?:\([^)]{1,20}\))?[ ]*(?:" + DateText.Pattern + @")?[ ]*|(?=\p{Lu}[\p{L}. ]{0,30}\(\p{Lu}))", RegexOptions.CultureInvariant)]
    private static partial Regex GluedByline();
}
