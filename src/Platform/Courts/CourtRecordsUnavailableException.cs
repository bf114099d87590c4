namespace RentToOwn.Platform.Courts;

/// <summary>The court-records service cannot answer; the message says why.</summary>
public sealed class CourtRecordsUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
