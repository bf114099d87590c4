namespace RentToOwn.Platform.Recipients;

/// <summary>The outcome of an import: the stored list, or the errors (and nothing stored).</summary>
public sealed record RecipientListImportResult(RecipientList? List, IReadOnlyList<RecipientRowError> Errors, int SmsSent)
{
    /// <summary>True when the list was stored.</summary>
    public bool Succeeded => List is not null;
}
