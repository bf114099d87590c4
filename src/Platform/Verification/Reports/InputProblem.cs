namespace RentToOwn.Platform.Verification.Reports;

/// <summary>An upload the verifier could not use, with a code the page translates.</summary>
/// <param name="Code">nothing_uploaded, empty_file, not_pdf, too_large, too_many_files, no_document, bundle_not_text.</param>
/// <param name="File">The file concerned, when there is one.</param>
/// <param name="Message">English explanation.</param>
public sealed record InputProblem(string Code, string? File, string Message);
