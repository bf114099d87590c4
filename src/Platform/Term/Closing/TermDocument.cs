namespace RentToOwn.Platform.Term.Closing;

/// <summary>A short bilingual document to render: title lines, then paragraphs (kk then ru), then signature lines.</summary>
/// <param name="Title">PDF title (metadata).</param>
/// <param name="Author">PDF author (KTK's name).</param>
/// <param name="Date">Document date (metadata; nothing reads the clock).</param>
/// <param name="Headings">Centred bold lines.</param>
/// <param name="Paragraphs">Body paragraphs; a paragraph starting with "# " is a bold sub-heading.</param>
/// <param name="Signatures">Signature lines, in signing order.</param>
public sealed record TermDocument(string Title, string Author, DateOnly Date, IReadOnlyList<string> Headings,
    IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Signatures);
