namespace RentToOwn.Platform.Verification.Reports;

/// <summary>One uploaded file.</summary>
/// <param name="Name">File name as sent (for display only).</param>
/// <param name="Content">Its bytes.</param>
public sealed record UploadedFile(string Name, byte[] Content);
