using System.Text;
using BriefBot.Core.Commands;
using BriefBot.Core.Replies;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Tests.Support;

namespace BriefBot.Discord.Tests;

/// <summary>/add with an attachment option: registered, carried to the router, downloaded from the CDN stand-in.</summary>
public sealed class AttachmentTests
{
    private static readonly ScriptedRouter.Command Add = new("add", "Admins: add an article", new CommandArgument("LINK", false, TakesDocument: true));

    [Fact]
    public void CommandTakingADocument_IsRegisteredWithAnOptionalAttachmentOption()
    {
        var add = Assert.Single(CommandRegistrar.Build([Add]));

        Assert.Equal([(3, "link", false), (11, "file", false)], add.Options!.Select(o => (o.Type, o.Name, o.Required)));
    }

    [Fact]
    public async Task SlashAddWithAnAttachment_CarriesIt_AndItIsDownloadedWithoutTheBotToken()
    {
        var router = new ScriptedRouter(Add);
        byte[]? read = null;
        router.Answer("add", async (_, context) =>
        {
            read = await context.Document!.ReadAsync(1024, CancellationToken.None);
            return Reply.Text(ReplyStatus.Ok, $"Read {context.Document.FileName}.");
        });
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();
        var (id, url) = harness.Server.AddAttachment("notes.md", Encoding.UTF8.GetBytes("# Notes\n\nSome text."));

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommandWithAttachment("300000000000000090", "add", id, "notes.md", url, 20));
        var callback = await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000090/");

        var (text, context) = Assert.Single(router.Asked);
        Assert.Equal("/add", text);
        Assert.Equal("notes.md", context.Document?.FileName);
        Assert.Equal("# Notes\n\nSome text.", Encoding.UTF8.GetString(read!));
        Assert.Equal("Read notes.md.", callback.Json.GetProperty("data").GetProperty("content").GetString());
        var (_, authorization) = Assert.Single(harness.Server.AttachmentRequests);
        Assert.Null(authorization);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/notes.md")]
    [InlineData("https://example.org/notes.md")]
    [InlineData("file:///etc/passwd")]
    public async Task AttachmentOffDiscordsFileServer_IsRefusedUnfetched(string url)
    {
        var router = new ScriptedRouter(Add);
        string? refusal = null;
        router.Answer("add", async (_, context) =>
        {
            refusal = (await Assert.ThrowsAsync<DocumentRefusedException>(() => context.Document!.ReadAsync(1024, CancellationToken.None))).Message;
            return Reply.Text(ReplyStatus.BadInput, refusal);
        });
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommandWithAttachment("300000000000000091", "add", "700000000000000009", "notes.md", url, 20));
        await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000091/");

        Assert.Equal("That attachment is not on Discord's file server, so I did not fetch it.", refusal);
        Assert.Empty(harness.Server.AttachmentRequests);
    }

    [Fact]
    public async Task AttachmentLargerThanTheLimit_IsRefusedUnread()
    {
        var router = new ScriptedRouter(Add);
        string? refusal = null;
        router.Answer("add", async (_, context) =>
        {
            refusal = (await Assert.ThrowsAsync<DocumentRefusedException>(() => context.Document!.ReadAsync(1024, CancellationToken.None))).Message;
            return Reply.Text(ReplyStatus.BadInput, refusal);
        });
        await using var harness = await DiscordHarness.StartAsync(router: router);
        var (connection, _) = await harness.ConnectAsync();
        var (id, url) = harness.Server.AddAttachment("big.md", new byte[4096]);

        // The interaction understates the size: the download stops at the limit all the same.
        await connection.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.SlashCommandWithAttachment("300000000000000092", "add", id, "big.md", url, 100));
        await harness.Server.WaitForRequestAsync("POST", "interactions/300000000000000092/");

        Assert.Equal("That file is larger than 1 KB, the most I take.", refusal);
    }
}
