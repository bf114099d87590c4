namespace RentToOwn.Platform.Recipients;

/// <summary>Why one line of a recipient-list CSV (or the whole file, line 0) was refused.</summary>
/// <param name="Line">1-based line; 0 for the file as a whole.</param>
/// <param name="Column">The column at fault, if one.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record RecipientRowError(int Line, string? Column, string Message);
