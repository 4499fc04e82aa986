#:project ../tests/BriefBot.Testing/BriefBot.Testing.csproj
#:property PublishAot=false
#:property OutputType=Exe

// A Telegram Bot API stand-in on 127.0.0.1 for trying the bot without Telegram (see docs/TELEGRAM.md): prints the settings
// to give the bot, then turns each line typed here into a message from a user in a private chat ("/actor NAME"),
// or in a group when the line starts with "group " ("group /actor@BriefStandinBot NAME"), and prints what the bot
// sent back: the HTML it sent, then the text as Telegram would show it, with its buttons.
// Press a button by typing "press N" (N counts the buttons of the last answer from 1). An empty line quits.
using BriefBot.Testing.Telegram;

var port = args.ElementAtOrDefault(0) ?? "8081";
await using var server = await FakeBotApiServer.StartAsync(new FakeBotApiOptions
{
    Token = "123:standin",
    BotUsername = "BriefStandinBot",
    ListenUrl = $"http://127.0.0.1:{port}",
    Limits = FakeBotApiLimits.Telegram,
});
Console.WriteLine($"Telegram__Token={server.Token} Telegram__ApiBaseUrl={server.BaseUrl.ToString().TrimEnd('/')}");
await server.WaitForRequestAsync(r => r.Method == "setMyCommands", Timeout.InfiniteTimeSpan);
Console.WriteLine("The bot is up. Commands it published: " + string.Join(", ", server.Commands.Select(c => "/" + c.Command)));
Console.WriteLine("Type a command (\"group \" first to say it in a group, \"press N\" for a button); an empty line quits.");

var user = new FakeUser(4242, "Tester", "tester");
var privateChat = FakeChat.Private(user.Id);
var group = FakeChat.Group(-100_4242, "Stand-in group");
IReadOnlyList<(string Label, string Data)> buttons = [];
var lastChat = privateChat;
_ = Task.Run(async () =>
{
    for (var seen = 0; ; )
    {
        try
        {
            var messages = await server.WaitForAsync(() => server.SentMessages.Count > seen ? server.SentMessages : null, TimeSpan.FromMinutes(10), "no reply");
            foreach (var message in messages.Skip(seen))
            {
                Console.WriteLine($"-- to chat {message.ChatId} ({message.Text.Length} characters of HTML):");
                Console.WriteLine(message.Text);
                Console.WriteLine("-- shown as:");
                Console.WriteLine(TelegramHtml.TryParse(message.Text, out var error) ?? "INVALID HTML: " + error);
                if (message.Buttons.Count > 0)
                {
                    buttons = message.Buttons;
                    Console.WriteLine("-- buttons: " + string.Join("  ", message.Buttons.Select((b, i) => $"[{i + 1}] {b.Label}")));
                }
            }

            seen = messages.Count;
        }
        catch (TimeoutException)
        {
        }
    }
});

while (Console.ReadLine() is { Length: > 0 } line)
{
    if (line.StartsWith("press ", StringComparison.Ordinal) && int.TryParse(line[6..], out var n) && n >= 1 && n <= buttons.Count)
    {
        server.EnqueueCallback(lastChat, user, buttons[n - 1].Data);
        continue;
    }

    lastChat = line.StartsWith("group ", StringComparison.Ordinal) ? group : privateChat;
    server.EnqueueMessage(lastChat, user, lastChat == group ? line[6..] : line);
}
