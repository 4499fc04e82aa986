using BriefBot.Core.Replies;
using BriefBot.Intake.Tests.Support;

namespace BriefBot.Intake.Tests;

/// <summary>
/// Admins' corrections (/hide, /unhide, /merge, /rename, /kind, /corrections) through the real host graph with its
/// SQLite database: in force at once, after /reload, and after a restart (a second host on the same folder and database).
/// </summary>
public sealed class CorrectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefbot-corrections-").FullName;

    public CorrectionTests() =>
        File.WriteAllText(Path.Combine(_folder, "harbour.md"), $"---\ntitle: \"{TestArticles.Title}\"\nauthor: {TestArticles.Author}\n---\n\n" + string.Join("\n\n", TestArticles.Paragraphs) + "\n");

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        File.Delete(_folder + ".db");
    }

    [Fact]
    public async Task Hide_HoldsAcrossReloadAndRestart_AndUnhideBringsItBack()
    {
        using (var host = new IntakeHost(folder: _folder))
        {
            Assert.Equal(ReplyStatus.Ok, (await host.AsAdminAsync("/expert Vantari")).Status);

            var hidden = await host.AsAdminAsync("/hide vantari");

            Assert.Equal("Hidden: Helena Vantari. It stays hidden across reloads and restarts; /unhide Helena Vantari shows it again.", hidden.Text().Trim());
            Assert.NotEqual(ReplyStatus.Ok, (await host.AsUserAsync("/expert Helena Vantari")).Status);
            Assert.DoesNotContain(TestArticles.Expert, (await host.AsUserAsync("/expert")).Text(), StringComparison.Ordinal);
            await host.AsAdminAsync("/reload");
            Assert.NotEqual(ReplyStatus.Ok, (await host.AsUserAsync("/expert Helena Vantari")).Status);
        }

        using (var restarted = new IntakeHost(folder: _folder))
        {
            Assert.NotEqual(ReplyStatus.Ok, (await restarted.AsUserAsync("/expert Helena Vantari")).Status);

            Assert.Equal("Helena Vantari is shown again.", (await restarted.AsAdminAsync("/unhide Helena Vantari")).Text().Trim());
            Assert.Equal(ReplyStatus.Ok, (await restarted.AsUserAsync("/expert Helena Vantari")).Status);
        }
    }

    [Fact]
    public async Task Merge_MakesOneAnAliasOfTheOther_AndHoldsAcrossRestart()
    {
        using (var host = new IntakeHost(folder: _folder))
        {
            var merged = await host.AsAdminAsync("/merge Belgium into European Union");

            Assert.Equal("Merged: Belgium is now part of European Union.", merged.Text().Trim());
            Assert.DoesNotContain("Belgium", (await host.AsUserAsync("/actor")).Text(), StringComparison.Ordinal);
        }

        using var restarted = new IntakeHost(folder: _folder);
        var actor = await restarted.AsUserAsync("/actor Belgium");
        Assert.Equal("European Union", actor.Title);
    }

    [Fact]
    public async Task RenameAndKind_AreInForceAtOnce()
    {
        using var host = new IntakeHost(folder: _folder);

        var renamed = await host.AsAdminAsync("/rename Helena Vantari to Helena Vantari-Ross");
        var kind = await host.AsAdminAsync("/kind Tomas Lindgren leader");

        Assert.Equal("Renamed: Helena Vantari is now called Helena Vantari-Ross.", renamed.Text().Trim());
        Assert.Equal("Helena Vantari-Ross", (await host.AsUserAsync("/expert Vantari-Ross")).Title);
        Assert.Equal("Helena Vantari-Ross", (await host.AsUserAsync("/expert Helena Vantari")).Title);
        Assert.Equal("Tomas Lindgren is now a leader.", kind.Text().Trim());
        Assert.Equal("Tomas Lindgren", (await host.AsUserAsync("/actor Lindgren")).Title);
    }

    [Fact]
    public async Task Corrections_ListsWhoAndWhen_AndThoseWhoseEntityLeftTheContent()
    {
        using var host = new IntakeHost(folder: _folder);
        await host.AsAdminAsync("/hide Coastal Security Institute");
        await host.AsAdminAsync("/kind Tomas Lindgren leader");
        File.Delete(Path.Combine(_folder, "harbour.md"));
        File.WriteAllText(Path.Combine(_folder, "other.md"), "---\ntitle: \"Other\"\nauthor: Tomas Lindgren\n---\n\nTomas Lindgren, a professor at the Harbour College, says talks in Iceland will go on. He says the fleets will wait for the result before they sail again.\n");
        await host.AsAdminAsync("/reload");

        var list = (await host.AsAdminAsync("/corrections")).Text();

        Assert.Contains("hide Coastal Security Institute (by telegram:alice, ", list, StringComparison.Ordinal);
        Assert.Contains("kind Tomas Lindgren leader (by telegram:alice, ", list, StringComparison.Ordinal);
        Assert.Matches(@"hide Coastal Security Institute \(by telegram:alice, \d{4}-\d\d-\d\d \d\d:\d\d UTC\) — unused: no longer in the content", list);
        Assert.DoesNotMatch(@"kind Tomas Lindgren leader \(.*\) — unused", list);
    }

    [Fact]
    public async Task UnknownNamesBadUsageAndNonAdmins_AreRefused_AndNothingIsStored()
    {
        using var host = new IntakeHost(folder: _folder);

        Assert.Equal("I know no actor, expert or concept called Atlantis.", (await host.AsAdminAsync("/hide Atlantis")).Text().Trim());
        Assert.Equal("Usage: /kind NAME leader|expert|state|organisation|concept.", (await host.AsAdminAsync("/kind Norway planet")).Text().Trim());
        Assert.Equal("Usage: /merge A into B.", (await host.AsAdminAsync("/merge Norway")).Text().Trim());
        Assert.Equal(ReplyStatus.Refused, (await host.AsUserAsync("/hide Norway")).Status);
        Assert.Equal("Nothing called Norway is hidden.", (await host.AsAdminAsync("/unhide Norway")).Text().Trim());
        Assert.StartsWith("No corrections yet.", (await host.AsAdminAsync("/corrections")).Text(), StringComparison.Ordinal);
    }
}
