using BriefBot.Core.Commands;
using BriefBot.Core.Replies;

namespace BriefBot.Intake;

/// <summary>
/// /add (admins): a link (<c>/add https://...</c>) is fetched; a document that came with the command (a Telegram
/// document, a Discord attachment, a path on the console) is read. Either is stored in the content folder and reloaded.
/// </summary>
public sealed class AddCommandHandler(ContentIntake intake) : ICommandHandler
{
    public string Name => "add";

    public string Description => "Admins: add an article from a link or a document";

    public CommandArgument Argument { get; } = new("LINK", Required: false, TakesDocument: true);

    public bool AdminOnly => true;

    /// <summary>Links run long; the fetch refuses what it must, this only keeps a line a line.</summary>
    public int MaxArgumentLength => 2048;

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.Context;
        var who = context.UserName is { Length: > 0 } name && name != context.UserId
            ? $"{context.Platform}:{context.UserId} ({name})"
            : $"{context.Platform}:{context.UserId}";
        try
        {
            var argument = request.Argument.Trim();
            IntakeResult result;
            if (IsLink(argument))
            {
                result = await intake.AddLinkAsync(argument, who, cancellationToken).ConfigureAwait(false);
            }
            else if (context.Document is { } document)
            {
                result = await intake.AddDocumentAsync(document, who, cancellationToken).ConfigureAwait(false);
            }
            else if (argument.Length == 0)
            {
                return Reply.Text(ReplyStatus.BadInput, "Give me a link (/add https://...) or send a document with /add as its caption.");
            }
            else
            {
                return Reply.Text(ReplyStatus.BadInput, "That is not a link I can fetch: write it in full, starting with https://, or send the file as a document.");
            }

            return AddedArticleReply.From(result);
        }
        catch (IntakeRefusedException refused)
        {
            return Reply.Text(ReplyStatus.BadInput, refused.Message);
        }
    }

    /// <summary>Anything with a scheme is taken for a link (and refused there if it is not http or https).</summary>
    public static bool IsLink(string argument) =>
        argument.Contains("://", StringComparison.Ordinal) && !argument.Contains(' ', StringComparison.Ordinal);
}
