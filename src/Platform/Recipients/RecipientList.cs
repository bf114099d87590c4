namespace RentToOwn.Platform.Recipients;

/// <summary>
/// A recipient list that a local executive body (akimat) gave KTK (A.5), as uploaded by an officer.
/// A.6: it must be uploaded within 2 working days of <see cref="ReceivedOn"/>.
/// </summary>
public sealed class RecipientList
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The local executive body or organisation that provided the list.</summary>
    public required string Source { get; set; }

    /// <summary>The day KTK received the list (Almaty calendar date).</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>A.6: the last day on which the upload is on time.</summary>
    public DateOnly UploadDeadline { get; set; }

    /// <summary>When the officer uploaded it.</summary>
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>The uploading officer's IIN.</summary>
    public required string ImportedByIin { get; set; }

    /// <summary>Uploaded file name, for the officer's reference.</summary>
    public required string FileName { get; set; }

    /// <summary>SHA-256 of the uploaded bytes, lowercase hex.</summary>
    public required string FileSha256 { get; set; }

    /// <summary>The accepted rows.</summary>
    public List<RecipientListEntry> Entries { get; set; } = [];
}
