namespace RentToOwn.LedgerAdapter;

/// <summary>The caller's previous-record hash is not the subject's latest record (a concurrent writer got there first).</summary>
public sealed class LedgerConflictException(string message) : Exception(message);
