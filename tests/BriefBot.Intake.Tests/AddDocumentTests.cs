using System.Diagnostics;
using BriefBot.Cli;
using BriefBot.Core.Replies;
using BriefBot.Intake.Tests.Support;
using BriefBot.Testing.Web;

namespace BriefBot.Intake.Tests;

/// <summary>/add with a document (and the console's /add PATH): every accepted kind stored in the same form.</summary>
public sealed class AddDocumentTests : IDisposable
{
    private readonly string _files = Directory.CreateTempSubdirectory("briefbot-docs").FullName;

    public void Dispose() => Directory.Delete(_files, recursive: true);

    public static TheoryData<string> Kinds => new() { ".pdf", ".docx", ".txt", ".md", ".html" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EachKind_OnTheConsole_IsStoredAsMarkdownWithFrontMatter_AndAnswersAtOnce(string extension)
    {
        using var host = new IntakeHost();
        var path = Path.Combine(_files, "harbour report" + extension);
        await File.WriteAllBytesAsync(path, Bytes(extension));

        var transcript = await ConsoleAsync(host, $"/add {path}", "/expert Vantari");

        Assert.Contains($"Added: {TestArticles.Title}", transcript, StringComparison.Ordinal);
        Assert.Contains(TestArticles.Expert, transcript, StringComparison.Ordinal);
        Assert.Contains("Coastal Security Institute", transcript, StringComparison.Ordinal);
        var (name, stored) = Assert.Single(host.Files());
        Assert.Equal("harbour-talks-stall-as-fishing-quotas-divide-the-north.md", name);
        Assert.Contains($"title: \"{TestArticles.Title}\"\n", stored, StringComparison.Ordinal);
        Assert.Contains($"author: \"{TestArticles.Author}\"\n", stored, StringComparison.Ordinal);
        Assert.Contains($"file: \"harbour report{extension}\"\n", stored, StringComparison.Ordinal);
        Assert.Contains("added_by: \"console:console\"\n", stored, StringComparison.Ordinal);
        Assert.Matches("sha256: \"[0-9a-f]{64}\"\n", stored);
        Assert.Contains("managed scarcity", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("url:", stored, StringComparison.Ordinal);
        if (extension == ".html")
        {
            Assert.DoesNotContain(TestArticles.Furniture[0], stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Docx_KeepsItsHeadings_AndJoinsRunsOfAParagraph()
    {
        using var host = new IntakeHost();

        await host.AsAdminAsync("/add", new MemoryDocument("report.docx", TestDocuments.Docx()));

        var stored = Assert.Single(host.Files()).Value;
        Assert.Contains("\n## What the experts say\n", stored, StringComparison.Ordinal);
        Assert.Contains(TestArticles.Paragraphs[3], stored, StringComparison.Ordinal);
        Assert.Contains("date: 2025-03-14\n", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameFileTwice_AnswersAlreadyAdded_AndChangesNothing()
    {
        using var host = new IntakeHost();
        var pdf = TestDocuments.Pdf();
        await host.AsAdminAsync("/add", new MemoryDocument("a.pdf", pdf));
        var before = host.Files();

        var again = await host.AsAdminAsync("/add", new MemoryDocument("renamed.pdf", pdf));

        Assert.Equal($"Already added: “{TestArticles.Title}”, in harbour-talks-stall-as-fishing-quotas-divide-the-north.md. I changed nothing.", again.Text().Trim());
        Assert.Equal(before, host.Files());
    }

    [Fact]
    public async Task NonAdmin_IsRefused_AndTheDocumentIsNeverRead()
    {
        using var host = new IntakeHost();
        var document = new MemoryDocument("a.pdf", TestDocuments.Pdf());

        var reply = await host.AsUserAsync("/add", document);

        Assert.Equal(ReplyStatus.Refused, reply.Status);
        Assert.Equal(0, document.Reads);
        Assert.Empty(host.Files());
    }

    [Theory]
    [InlineData("notes.odt", "I can add .md, .txt, .html, .pdf and .docx files, and this is none of those.")]
    [InlineData("program.exe", "I can add .md, .txt, .html, .pdf and .docx files, and this is none of those.")]
    [InlineData("broken.pdf", "I could not read that PDF file: it seems damaged or is not what its name says.")]
    [InlineData("broken.docx", "I could not read that DOCX file: it seems damaged or is not what its name says.")]
    [InlineData("short.txt", "I found no article text in that file, so I stored nothing.")]
    public async Task UnreadableOrEmptyDocuments_AreRefusedInOneSentence(string name, string refusal)
    {
        using var host = new IntakeHost();

        var reply = await host.AsAdminAsync("/add", new MemoryDocument(name, "Title\n\nJust a few words here.\n"u8.ToArray()));

        Assert.Equal(refusal, reply.Text().Trim());
        Assert.Empty(host.Files());
    }

    [Fact]
    public async Task DocumentLargerThanTheLimit_IsRefusedUnread()
    {
        using var host = new IntakeHost(settings: [new("Content:MaxFetchBytes", "1000")]);
        var document = new MemoryDocument("big.pdf", TestDocuments.Pdf(), size: 5000);

        var reply = await host.AsAdminAsync("/add", document);

        Assert.Equal("That file is larger than 1000 bytes, the most I take.", reply.Text().Trim());
        Assert.Equal(0, document.Reads);
    }

    [Fact]
    public async Task Console_RefusesFoldersMissingFilesAndPipes_WithoutOpeningThem()
    {
        using var host = new IntakeHost();
        var fifo = Path.Combine(_files, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }

        Directory.CreateDirectory(Path.Combine(_files, "folder.md"));

        var transcript = await ConsoleAsync(
            host,
            $"/add {fifo}",
            $"/add {Path.Combine(_files, "folder.md")}",
            $"/add {Path.Combine(_files, "missing.pdf")}");

        Assert.Contains("pipe.txt is not a regular file (a pipe, socket or device), so I did not open it.", transcript, StringComparison.Ordinal);
        Assert.Contains("folder.md is a folder: name one file.", transcript, StringComparison.Ordinal);
        Assert.Contains($"I cannot find {Path.Combine(_files, "missing.pdf")}.", transcript, StringComparison.Ordinal);
        Assert.Empty(host.Files());
    }

    [Fact]
    public async Task Console_AddsALinkToALocalSite_AndAnswersActorExpertAndSearchFromIt_AndTheSameLinkChangesNothing()
    {
        await using var site = await ArticleSite.StartAsync();
        site.Page("/article.html", TestArticles.Page());
        using var host = new IntakeHost();

        var transcript = await ConsoleAsync(
            host,
            $"/add {site.Url("article.html")}",
            "/actor Iceland",
            "/expert Vantari",
            "/search managed scarcity",
            $"/add {site.Url("article.html")}");

        Assert.Contains($"Added: {TestArticles.Title}", transcript, StringComparison.Ordinal);
        Assert.Contains("Actor · state", transcript, StringComparison.Ordinal);
        Assert.Contains("Coastal Security Institute", transcript, StringComparison.Ordinal);
        Assert.Contains("shrinking resource", transcript, StringComparison.Ordinal);
        Assert.EndsWith($"Already added: “{TestArticles.Title}”, in harbour-talks-stall-as-fishing-quotas-divide-the-north.md. I changed nothing.", transcript.Trim(), StringComparison.Ordinal);
        Assert.Single(host.Files());
    }

    private static byte[] Bytes(string extension) => extension switch
    {
        ".pdf" => TestDocuments.Pdf(),
        ".docx" => TestDocuments.Docx(),
        ".md" => System.Text.Encoding.UTF8.GetBytes($"---\ntitle: \"{TestArticles.Title}\"\nauthor: {TestArticles.Author}\n---\n\n" + string.Join("\n\n", TestArticles.Paragraphs)),
        ".html" => System.Text.Encoding.UTF8.GetBytes(TestArticles.Page()),
        _ => System.Text.Encoding.UTF8.GetBytes(TestArticles.PlainText()),
    };

    private static async Task<string> ConsoleAsync(IntakeHost host, params string[] lines)
    {
        using var output = new StringWriter();
        await new ConsoleChat(host.Router, new StringReader(string.Join('\n', lines) + "\n"), output, interactive: false).RunAsync(CancellationToken.None);
        return output.ToString();
    }
}
