using BriefBot.Digests.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace BriefBot.Digests.Tests;

public sealed class DigestOptionsTests
{
    [Theory]
    [InlineData("Digest:DefaultTime", "25:00", "Digest:DefaultTime \"25:00\"")]
    [InlineData("Digest:DefaultTimeZone", "Mars/Olympus", "Digest:DefaultTimeZone \"Mars/Olympus\"")]
    [InlineData("Digest:Items", "9", "Items")]
    public async Task Start_StopsWithAMessageNamingTheKey_WhenASettingIsBad(string key, string value, string expected)
    {
        await using var host = new DigestTestHost(DateTimeOffset.UnixEpoch, new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(host.StartAsync);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_All_SwitchesAnExistingSubscriptionToTheWholeCollection()
    {
        await using var host = new DigestTestHost(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero));
        await host.StartAsync();
        await host.RunAsync("subscribe", "Atlantis at 07:30", Contexts.Private());

        await host.RunAsync("subscribe", "all", Contexts.Private());

        var subscription = await host.SubscriptionAsync("chat-1");
        Assert.Empty(subscription!.TopicIds);
        Assert.Equal(new TimeOnly(7, 30), subscription.TimeOfDay);
    }
}
