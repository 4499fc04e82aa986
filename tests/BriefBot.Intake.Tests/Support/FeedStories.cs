namespace BriefBot.Intake.Tests.Support;

/// <summary>Short invented news stories for feeds, each distinct in its text; every name in them is invented.</summary>
internal static class FeedStories
{
    /// <summary>Four paragraphs on a dispute between two states, quoting an invented analyst.</summary>
    public static string[] About(string place, string other, string expert, string institute, string subject) =>
    [
        $"Officials from {place} and {other} met again this week to discuss {subject}, and left without the agreement that both capitals had promised their voters before the winter.",
        $"{expert}, a senior fellow at the {institute}, said the talks had been stuck for months. “Neither side can give ground on {subject} without paying for it at home,” {expert.Split(' ')[^1]} said.",
        $"Diplomats expect a further round before the spring, although no date has been fixed and neither government has named a new negotiator for the file on {subject}.",
        $"Observers in both countries say the question of {subject} will shape the next election campaign, whatever the negotiators manage to settle before then.",
    ];

    public static string Html(IEnumerable<string> paragraphs) => string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));
}
