using BriefBot.Testing.Telegram;

namespace BriefBot.Telegram.Tests.Support;

internal static class Users
{
    public static readonly FakeUser Alice = new(1001, "Alice", "alice");
    public static readonly FakeUser Bob = new(1002, "Bob", "bob");
    public static readonly FakeChat AlicePrivate = FakeChat.Private(Alice.Id);
    public static readonly FakeChat BobPrivate = FakeChat.Private(Bob.Id);
    public static readonly FakeChat Group = FakeChat.Group(-100_200_300);
    public static readonly FakeChat Channel = FakeChat.Channel(-100_900_800);
}
