namespace BriefBot.Quality;

/// <summary>A folder of articles and the gold file for it, scored by the ratchet under <see cref="Name"/>.</summary>
/// <param name="NeedsShared">The files live in ../shared, absent from a fresh clone: the set is skipped there, loudly.</param>
internal sealed record GoldSet(string Name, string Gold, string Folder, bool NeedsShared)
{
    /// <summary>
    /// Every set the ratchet keeps. The seed and dev corpora and their gold are the repository's copies (identical to
    /// ../shared/corpus, ../shared/dev-corpus and ../shared/eval), so they run on any clone.
    /// </summary>
    public static IReadOnlyList<GoldSet> All
    {
        get
        {
            var gold = Path.Combine(RepoLayout.Root, "tests", "BriefBot.Core.Tests", "Gold");
            var synthetic = Path.Combine(RepoLayout.Root, "tests", "BriefBot.Core.Tests", "Extraction", "Synthetic");
            var realDev = Path.Combine(RepoLayout.Shared, "real-dev");
            return
            [
                new("seeds", Path.Combine(gold, "seeds-gold.json"), Path.Combine(RepoLayout.Root, "content"), NeedsShared: false),
                new("dev", Path.Combine(gold, "dev-gold.json"), Path.Combine(gold, "dev-corpus"), NeedsShared: false),
                new("synthetic", Path.Combine(synthetic, "synthetic-gold.json"), synthetic, NeedsShared: false),
                new("gold10", Path.Combine(realDev, "gold10-gold.json"), Path.Combine(realDev, "gold10"), NeedsShared: true),
            ];
        }
    }

    public static GoldSet Named(string name) => All.Single(s => s.Name == name);

    public bool IsPresent => File.Exists(Gold) && Directory.Exists(Folder);

    /// <summary>Why the set cannot run here, for the loud line that says it was skipped.</summary>
    public string AbsenceReason =>
        $"SKIPPED {Name}: {(File.Exists(Gold) ? Folder : Gold)} is absent"
        + (NeedsShared ? $" (../shared not found at {RepoLayout.Shared}; set BRIEFBOT_SHARED to the shared folder). Its floors were NOT checked." : ".");

    public GoldScore Score() => new(GoldFile.Load(Gold), Dumps.FromFolder(Folder));
}
