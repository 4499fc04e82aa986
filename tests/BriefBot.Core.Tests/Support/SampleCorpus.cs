using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Support;

/// <summary>A small invented corpus about an invented region, for engine tests.</summary>
internal static class SampleCorpus
{
    public static KnowledgeSnapshot Build() => new CorpusBuilder()
        .Article(
            "river-talks",
            "River talks and the upstream bargain",
            [
                "Norway and Kenya signed a water-sharing memorandum in Nairobi last spring.",
                "Ingrid Solberg, a senior fellow at the Northern Water Forum (NWF), calls this arrangement “hydro-diplomacy”.",
                "She argues that shared rivers force neighbours into a habit of talking.",
            ],
            [
                "Solberg warns that hydro-diplomacy fails when one side controls the dams.",
                "Kenya has nonetheless invested in three new dams on the upper river.",
                "The Northern Water Forum expects the talks to resume in the autumn.",
            ],
            [
                "Critics of the deal say that Norway gains more than it gives.",
                "Kwame Mensah, a professor at the Coastal Policy Institute, calls the talks a two-track process.",
                "Mensah notes that the two-track approach separates technical and political questions.",
            ])
        .Article(
            "dam-politics",
            "Dam politics in the highlands",
            [
                "Kenya and Uganda quarrel over the timing of releases from the reservoir.",
                "Ingrid Solberg has written that hydro-diplomacy rewards patience.",
                "The quarrel is older than either government.",
            ],
            [
                "Norway offered to mediate between Kenya and Uganda in the spring.",
                "Some say the offer was about prestige as much as about water.",
            ])
        .Actor("Norway")
        .Actor("Kenya")
        .Actor("Uganda")
        .Actor("Northern Water Forum", ActorKind.Organisation, "NWF")
        .Expert("Ingrid Solberg", ["senior fellow"], ["Northern Water Forum"], ["shared rivers force neighbours into a habit of talking"])
        .Expert("Kwame Mensah", ["professor"], ["Coastal Policy Institute"])
        .Concept("hydro-diplomacy", "the use of shared rivers as a reason for neighbours to keep talking")
        .Concept("two-track process", "talks that separate technical and political questions", "two-track approach")
        .Reading("Rivers that bind", "Ingrid Solberg", new DateOnly(2021, 3, 4), "river-talks", "hydro-diplomacy", "Norway")
        .Reading("The upstream bargain revisited", "Kwame Mensah", new DateOnly(2022, 9, 1), "river-talks", "two-track process", "Kenya")
        .Reading("Dams and diplomacy", "Ingrid Solberg", null, "dam-politics", "Kenya", "Uganda")
        .Build();
}
