namespace BriefBot.Testing.Telegram;

/// <summary>
/// A chat in scripted updates. Type is the Bot API's: "private", "group", "supergroup", "channel". A forum is a
/// supergroup with topics: its messages carry the topic's message_thread_id.
/// </summary>
public sealed record FakeChat(long Id, string Type, string? Title = null, bool IsForum = false)
{
    public static FakeChat Private(long userId) => new(userId, "private");

    public static FakeChat Group(long id, string title = "Test group") => new(id, "supergroup", title);

    public static FakeChat Forum(long id, string title = "Test forum") => new(id, "supergroup", title, IsForum: true);

    public static FakeChat Channel(long id, string title = "Test channel") => new(id, "channel", title);
}

/// <summary>A Telegram user in scripted updates.</summary>
public sealed record FakeUser(long Id, string FirstName, string? Username = null, bool IsBot = false);
