using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("BriefBot.Core.Tests")]
