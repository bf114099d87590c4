namespace RentToOwn.Platform.Housing.Import;

/// <summary>A problem with one line (0: the whole file) and column of a housing stock CSV.</summary>
public sealed record FlatRowError(int Line, string? Column, string Message);
