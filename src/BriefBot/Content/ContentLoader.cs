using BriefBot.Core.Ingestion;
using BriefBot.Core.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Content;

/// <summary>Builds a snapshot from the configured content folder and puts it in force.</summary>
public sealed partial class ContentLoader(
    SnapshotHolder holder,
    KnowledgeBuilder builder,
    IOptions<ContentOptions> options,
    ILogger<ContentLoader> logger)
{
    public string Folder => Path.GetFullPath(options.Value.Path);

    /// <summary>Builds from the folder on every core, without swapping it in.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public KnowledgeSnapshot Build() =>
        builder.BuildFromFolder(Folder, new ContentReaderOptions(options.Value.MaxFileBytes));

    /// <summary>Builds for a reload: the bot is answering meanwhile, so one core is left for that.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public KnowledgeSnapshot BuildBesideAnswers() =>
        builder.BuildFromFolder(Folder, new ContentReaderOptions(options.Value.MaxFileBytes, BuildParallelism.BesideAnswers));

    /// <summary>Loads at start-up. A missing folder is logged and leaves the bot empty but running.</summary>
    public KnowledgeSnapshot LoadInitial()
    {
        try
        {
            var snapshot = Build();
            holder.Swap(snapshot);
            foreach (var rejected in snapshot.Rejected)
            {
                LogRejected(logger, rejected.Path, rejected.Reason);
            }

            LogLoaded(logger, snapshot.Articles.Count, snapshot.Entities.Count, snapshot.Readings.Count, Folder);
            return snapshot;
        }
        catch (DirectoryNotFoundException)
        {
            LogMissingFolder(logger, Folder);
            return holder.Current;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Articles} articles ({Entities} entities, {Readings} readings) from {Folder}")]
    private static partial void LogLoaded(ILogger logger, int articles, int entities, int readings, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped content file {Path}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content folder {Folder} does not exist; starting with no articles. Set Content:Path and /reload.")]
    private static partial void LogMissingFolder(ILogger logger, string folder);
}
