namespace RentToOwn.Domain.Calendar;

/// <summary>A computed legal deadline.</summary>
/// <param name="Kind">Which rule.</param>
/// <param name="StartedOn">Local date of the triggering event (not counted).</param>
/// <param name="DueOn">Last local date on which the action is on time.</param>
/// <param name="DueAt">The instant the deadline passes: the end of <paramref name="DueOn"/> in local time (exclusive).</param>
public sealed record Deadline(LegalDeadline Kind, DateOnly StartedOn, DateOnly DueOn, DateTimeOffset DueAt);
