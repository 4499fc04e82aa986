using BriefBot.Core.Replies;
using BriefBot.Digests.Tests.Fakes;

namespace BriefBot.Digests.Tests;

/// <summary>Issue 17, bad user input on <c>/subscribe</c>: typed through the router, as on every platform.</summary>
public sealed class SubscribeInputTests : IAsyncLifetime
{
    private readonly DigestTestHost _host = new(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => _host.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/subscribe at ٠٧:٣٠")] // Arabic-Indic
    [InlineData("/subscribe Atlantis at ۰۷:۳۰ in Asia/Karachi")] // Extended Arabic-Indic (Persian, Urdu)
    [InlineData("/subscribe at ०७:३० in Asia/Karachi")] // Devanagari
    [InlineData("/subscribe at ０７:３０")] // full-width
    public async Task Subscribe_AtATimeInAnotherScriptsDigits_IsReadAsThatTime(string line)
    {
        var reply = await _host.RouteAsync(line, Contexts.Private());

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.Equal(new TimeOnly(7, 30), (await _host.SubscriptionAsync("chat-1"))!.TimeOfDay);
    }

    [Theory]
    [InlineData("/subscribe at ٢٥:٩٩", "is not a time of day")]
    [InlineData("/subscribe at ٠٧:٣", "is not a time of day")]
    [InlineData("/subscribe at 𝟎𝟕:𝟑𝟎", "is not a time of day")] // mathematical digits are not decimal digits of a script
    [InlineData("/subscribe at ⁰⁷:³⁰", "is not a time of day")]
    public async Task Subscribe_AtABadTimeInAnyScript_SaysWhatIsWrong_NeverFails(string line, string problem)
    {
        var reply = await _host.RouteAsync(line, Contexts.Private());

        Assert.Equal(ReplyStatus.BadInput, reply.Status);
        Assert.Contains(problem, SubscribeCommandTests.Text(reply), StringComparison.Ordinal);
        Assert.Null(await _host.SubscriptionAsync("chat-1"));
    }

    [Theory]
    [InlineData("Factory")]
    [InlineData("factory")]
    [InlineData("localtime")]
    [InlineData("posixrules")]
    [InlineData("Etc/GMT+5")]
    [InlineData("UTC-02")]
    [InlineData("right/UTC")]
    [InlineData("posix/Europe/Berlin")]
    public async Task Subscribe_InAPseudoZoneOrAFixedOffset_IsRefused_AndNothingIsSaved(string zone)
    {
        var reply = await _host.RouteAsync($"/subscribe at 07:30 in {zone}", Contexts.Private());

        Assert.Equal(ReplyStatus.BadInput, reply.Status);
        Assert.Contains($"\"{zone}\" is not a time zone I know", SubscribeCommandTests.Text(reply), StringComparison.Ordinal);
        Assert.Null(await _host.SubscriptionAsync("chat-1"));
    }

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("utc", "UTC")]
    [InlineData("Etc/UTC", "Etc/UTC")]
    [InlineData("america/argentina/buenos_aires", "America/Argentina/Buenos_Aires")]
    public async Task Subscribe_InARealZone_IsStillAccepted(string zone, string saved)
    {
        var reply = await _host.RouteAsync($"/subscribe at 07:30 in {zone}", Contexts.Private());

        Assert.Equal(ReplyStatus.Ok, reply.Status);
        Assert.Equal(saved, (await _host.SubscriptionAsync("chat-1"))!.TimeZoneId);
    }
}
