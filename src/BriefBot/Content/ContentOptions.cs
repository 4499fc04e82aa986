using System.ComponentModel.DataAnnotations;
using BriefBot.Core.Configuration;

namespace BriefBot.Content;

/// <summary>The "Content" configuration section.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Folder holding the articles, relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Content:Path must name the folder that holds the articles.")]
    public string Path { get; set; } = "content";

    /// <summary>Files larger than this are rejected with a reason.</summary>
    [InRange(1, long.MaxValue, ErrorMessage = "Content:MaxFileBytes must be a positive number of bytes.")]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Reload by itself when files in the folder change.</summary>
    public bool Watch { get; set; }
}
