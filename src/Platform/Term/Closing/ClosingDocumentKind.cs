namespace RentToOwn.Platform.Term.Closing;

/// <summary>Which closing document a signature is over.</summary>
public enum ClosingDocumentKind
{
    /// <summary>KTK's letter (signed by KTK's head).</summary>
    Letter,
    /// <summary>The transfer contract (tenant, then KTK's head).</summary>
    Transfer,
}
