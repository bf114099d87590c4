namespace RentToOwn.Platform.Applications;

/// <summary>Configuration section <c>Applications</c>.</summary>
public sealed class ApplicationOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Applications";

    /// <summary>Largest accepted A.10 document (default 5 MiB).</summary>
    public long MaxDocumentBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Most guarantors per application.</summary>
    public int MaxGuarantors { get; set; } = 3;
}
