using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("BriefBot.Digests.Tests")]
