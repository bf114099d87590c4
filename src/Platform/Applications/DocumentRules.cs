namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.10 upload limits: PDF, JPEG or PNG (recognised from the file's own first bytes, not its name), at most
/// <see cref="ApplicationOptions.MaxDocumentBytes"/>. Returns the content type or a clear error.
/// </summary>
public static class DocumentRules
{
    /// <summary>The content type of <paramref name="bytes"/>, or null when it is not an accepted type.</summary>
    public static string? Detect(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("%PDF-"u8) ? "application/pdf"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : null;

    /// <summary>
    /// A.10: the documents an application needs. Always the employment and salary certificates and the no-property
    /// certificate; then the marriage certificate when married, the notarised no-marriage statement when not, the
    /// children's birth certificates when the family has children, and a divorce or death certificate when there was an
    /// earlier marriage.
    /// </summary>
    public static IReadOnlyList<DocumentKind> RequiredFor(bool married, int children, bool previouslyMarried)
    {
        List<DocumentKind> kinds = [.. TenantApplications.RequiredDocuments];
        kinds.Add(married ? DocumentKind.MaritalStatusCertificate : DocumentKind.NoMarriageStatement);
        if (children > 0) kinds.Add(DocumentKind.ChildBirthCertificate);
        if (previouslyMarried) kinds.Add(DocumentKind.DivorceOrDeathCertificate);
        return kinds;
    }

    /// <summary>A.10: the documents <paramref name="app"/> needs (see the other overload).</summary>
    public static IReadOnlyList<DocumentKind> RequiredFor(TenantApplication app) => RequiredFor(app.Married, app.Children, app.PreviouslyMarried);

    /// <summary>Why <paramref name="bytes"/> cannot be accepted (422, <c>applications.refused.file_…</c>), or null when it can.</summary>
    public static Outcome? Check(string fileName, ReadOnlySpan<byte> bytes, long maxBytes)
    {
        if (bytes.Length == 0) return new("applications.refused.file_empty");
        if (bytes.Length > maxBytes) return new("applications.refused.file_too_large", bytes.Length / 1024, maxBytes / 1024);
        if (fileName.Length > 200) return new("applications.refused.file_name_too_long");
        return Detect(bytes) is null ? new("applications.refused.file_type") : null;
    }
}
