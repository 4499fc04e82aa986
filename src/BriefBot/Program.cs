using BriefBot.Cli;

return await CliApp.RunAsync(args);
