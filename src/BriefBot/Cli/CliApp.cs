using System.CommandLine;
using BriefBot.Content;
using BriefBot.Core.Commands;
using BriefBot.Core.Delivery;
using BriefBot.Core.Replies;
using BriefBot.Hosting;
using BriefBot.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Cli;

/// <summary>
/// The command line: no verb runs the bot (the console chat when no chat token is configured),
/// `ask` answers one line, `inspect` prints what was extracted.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextReader? input = null, TextWriter? output = null, TextWriter? error = null)
    {
        input ??= Console.In;
        output ??= Console.Out;
        error ??= Console.Error;

        var content = new Option<string?>("--content") { Description = "Folder of articles (overrides Content:Path)", Recursive = true };
        var text = new Argument<string>("text") { Description = "A command, e.g. \"/actor Russia\"" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };

        var ask = new Command("ask", "Answer one command and exit") { text };
        ask.SetAction((result, ct) => Guard(error, () => AskAsync(Overrides(result.GetValue(content), quiet: true), result.GetValue(text)!, output, ct)));

        var inspect = new Command("inspect", "Print everything extracted from the content") { json };
        inspect.SetAction((result, ct) => Guard(error, () => InspectAsync(Overrides(result.GetValue(content), quiet: true), result.GetValue(json), output)));

        var chat = new Command("chat", "Chat on the console (the default when no chat token is configured)");
        chat.SetAction((result, ct) => Guard(error, () => ChatAsync(Overrides(result.GetValue(content), quiet: true), input, output, ct)));

        var run = new Command("run", "Run the bot on its configured transports, without the console");
        run.SetAction((result, ct) => Guard(error, () => WorkerAsync(Overrides(result.GetValue(content), quiet: false), ct)));

        var url = new Option<string?>("--url") { Description = "Address to ask (default: the first of Http:Urls, then /healthz/live)" };
        var healthcheck = new Command("healthcheck", "Exit 0 when the running bot answers /healthz/live (for container health checks)") { url };
        healthcheck.SetAction((result, ct) => Guard(error, () => HealthProbe.RunAsync(
            result.GetValue(url), BriefBotHost.CreateBuilder([], Overrides(result.GetValue(content), quiet: true)).Configuration["Http:Urls"], output, ct)));

        var root = new RootCommand("BriefBot: briefings on actors, experts and concepts from your articles") { content, ask, inspect, chat, run, healthcheck };
        root.SetAction((result, ct) => Guard(error, () => DefaultAsync(result.GetValue(content), input, output, ct)));

        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).ConfigureAwait(false);
    }

    private static async Task<int> DefaultAsync(string? content, TextReader input, TextWriter output, CancellationToken ct)
    {
        var probe = BriefBotHost.CreateBuilder([], Overrides(content, quiet: true));
        var hasChatToken = !string.IsNullOrWhiteSpace(probe.Configuration["Telegram:Token"])
            || !string.IsNullOrWhiteSpace(probe.Configuration["Discord:Token"]);
        return hasChatToken
            ? await WorkerAsync(Overrides(content, quiet: false), ct).ConfigureAwait(false)
            : await ChatAsync(Overrides(content, quiet: true), input, output, ct).ConfigureAwait(false);
    }

    private static async Task<int> AskAsync(Dictionary<string, string?> overrides, string text, TextWriter output, CancellationToken ct)
    {
        using var host = BriefBotHost.CreateBuilder([], overrides).Build();
        RequireContentFolder(host);
        host.Services.GetRequiredService<ContentLoader>().LoadInitial();
        var reply = await ConsoleGate(host.Services).HandleAsync(text, ConsoleChat.ContextFor(text), ct).ConfigureAwait(false);
        await output.WriteLineAsync(PlainTextRenderer.Render(reply)).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> InspectAsync(Dictionary<string, string?> overrides, bool json, TextWriter output)
    {
        using var host = BriefBotHost.CreateBuilder([], overrides).Build();
        RequireContentFolder(host);
        var snapshot = host.Services.GetRequiredService<ContentLoader>().Build();
        await output.WriteLineAsync(json ? InspectReport.ToJson(snapshot) : InspectReport.ToText(snapshot)).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> ChatAsync(Dictionary<string, string?> overrides, TextReader input, TextWriter output, CancellationToken ct)
    {
        // Digests for console subscriptions arrive between replies, so both write through one synchronised writer.
        output = TextWriter.Synchronized(output);
        var builder = BriefBotHost.CreateBuilder([], overrides);
        builder.Services.AddSingleton<IChatSender>(new ConsoleChatSender(output));
        using var host = builder.Build();
        await host.StartAsync(ct).ConfigureAwait(false);
        try
        {
            var interactive = ReferenceEquals(input, Console.In) && !Console.IsInputRedirected;
            await new ConsoleChat(ConsoleGate(host.Services), input, output, interactive).RunAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>The console's way in: the same log line as every platform, and no throttle (one person at their own keyboard).</summary>
    private static CommandGate ConsoleGate(IServiceProvider services) => new(
        services.GetRequiredService<ICommandRouter>(), throttle: null, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<CommandGate>>());

    private static async Task<int> WorkerAsync(Dictionary<string, string?> overrides, CancellationToken ct)
    {
        var builder = BriefBotHost.CreateBuilder([], overrides);
        using var host = builder.Build();
        if (MissingTransport.IsMissing(builder.Configuration))
        {
            MissingTransport.Warn(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("BriefBot"));
        }

        await host.RunAsync(ct).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Turns failures a person can fix into one sentence on stderr and exit code 2.</summary>
    private static async Task<int> Guard(TextWriter error, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or OptionsValidationException or InvalidOperationException or IOException)
        {
            await error.WriteLineAsync($"briefbot: {UserMessage(ex)}").ConfigureAwait(false);
            return 2;
        }
    }

    private static string UserMessage(Exception ex) => ex switch
    {
        OptionsValidationException validation => string.Join(" ", validation.Failures),
        _ => ex.Message,
    };

    private static void RequireContentFolder(IHost host)
    {
        var folder = host.Services.GetRequiredService<ContentLoader>().Folder;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The content folder '{folder}' does not exist. Pass --content DIR or set Content:Path.");
        }
    }

    private static Dictionary<string, string?> Overrides(string? content, bool quiet)
    {
        var overrides = new Dictionary<string, string?>();
        if (content is not null)
        {
            overrides["Content:Path"] = content;
        }

        if (quiet)
        {
            overrides["Logging:LogLevel:Default"] = "Warning";
        }

        return overrides;
    }
}
