namespace BriefBot.Telegram.Rendering;

/// <summary>
/// A line-level piece of a message (a title, a paragraph, a list item) made of sentences.
/// The splitter may cut between units, then between sentences, and only as a last resort inside a sentence.
/// </summary>
/// <param name="Separator">What goes before the unit when it follows another in the same message ("\n\n" or "\n").</param>
internal sealed record MessageUnit(string Separator, IReadOnlyList<IReadOnlyList<StyledText>> Sentences);
