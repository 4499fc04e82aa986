using BriefBot.Core.Replies;

namespace BriefBot.Core.Digests;

/// <param name="Reply">The message to send.</param>
/// <param name="ReadingIds">The reading items it carries, to record as received once it is sent.</param>
/// <param name="RotationRestarted">Every candidate had been received before, so a new round began (and the reply says so).</param>
public sealed record ComposedDigest(Reply Reply, IReadOnlyList<string> ReadingIds, bool RotationRestarted);
