namespace RentToOwn.Platform.Term.Courts;

/// <summary>The court decision record as the officer entered it (raw: validated by <see cref="Terminations"/>).</summary>
/// <param name="CourtName">The court.</param>
/// <param name="CaseNumber">The case number.</param>
/// <param name="DecisionDate">The decision date, <c>yyyy-MM-dd</c>.</param>
/// <param name="Ground">The ground, e.g. arrears.</param>
/// <param name="FileName">The decision file's name.</param>
/// <param name="File">The decision file, or null when none was uploaded.</param>
/// <param name="FileTooLarge">True when the upload exceeded the limit (its bytes were not read).</param>
public sealed record CourtDecisionInput(string? CourtName, string? CaseNumber, string? DecisionDate, string? Ground, string? FileName, byte[]? File, bool FileTooLarge = false);
