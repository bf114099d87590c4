namespace RentToOwn.Platform.Registration;

/// <summary>A signed title document attached to an application.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Title">Its title.</param>
/// <param name="Content">The exact signed bytes (PDF).</param>
/// <param name="Signatures">Its signatures, already verified by the caller.</param>
public sealed record BasisDocument(BasisDocumentKind Kind, string Title, byte[] Content, IReadOnlyList<BasisSignature> Signatures);
