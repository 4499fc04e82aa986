using BriefBot.Core.Subscriptions;

namespace BriefBot.Core.Tests.Subscriptions;

public class TimeZoneLookupTests
{
    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("  America/New_York ", "America/New_York")]
    [InlineData("Asia/Kolkata", "Asia/Kolkata")]
    public void TryFind_ResolvesIanaIds_WhateverTheirCase(string typed, string expected)
    {
        Assert.True(TimeZoneLookup.TryFind(typed, out var zone));
        Assert.Equal(expected, zone.Id);
    }

    [Theory]
    [InlineData("Nowhere/Atlantis")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Factory")]
    [InlineData("localtime")]
    [InlineData("posixrules")]
    [InlineData("Etc/GMT-5")]
    [InlineData("UTC+12")]
    [InlineData("right/Europe/Berlin")]
    [InlineData("posix/Europe/Berlin")]
    public void TryFind_RefusesUnknownIds_AndGivesUtc(string typed)
    {
        Assert.False(TimeZoneLookup.TryFind(typed, out var zone));
        Assert.Equal(TimeZoneInfo.Utc, zone);
    }
}
