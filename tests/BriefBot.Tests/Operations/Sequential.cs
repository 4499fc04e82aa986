namespace BriefBot.Tests.Operations;

/// <summary>
/// The exporter listens to every meter named "BriefBot" in the process, so a host's counts are exact only while no
/// other host answers commands at the same time: these tests run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Sequential
{
    public const string Name = "Operations, alone";
}
