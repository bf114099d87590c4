namespace RentToOwn.Platform.Applications;

/// <summary>An uploaded A.10 document (bytes kept in the database with the application).</summary>
public sealed class ApplicationDocument
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The application it belongs to.</summary>
    public Guid ApplicationId { get; set; }

    /// <summary>Which A.10 document.</summary>
    public DocumentKind Kind { get; set; }

    /// <summary>Original file name.</summary>
    public required string FileName { get; set; }

    /// <summary>Detected content type (from the file's own bytes).</summary>
    public required string ContentType { get; set; }

    /// <summary>SHA-256 of the bytes, lowercase hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The file.</summary>
    public required byte[] Content { get; set; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset UploadedAt { get; set; }
}
