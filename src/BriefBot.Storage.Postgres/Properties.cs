using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("BriefBot.Storage.Tests")]
