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

    [Fact]
    public void TryFind_AcceptsAnOldGeographicName_TheSystemStillKeeps()
    {
        Assert.True(TimeZoneLookup.TryFind("Asia/Calcutta", out var zone));
        Assert.Equal(TimeSpan.FromHours(5.5), zone.BaseUtcOffset);
    }

    [Theory]
    [InlineData("Nowhere/Atlantis")]
    [InlineData("Asia/../Factory")]
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
