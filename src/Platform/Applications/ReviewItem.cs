namespace RentToOwn.Platform.Applications;

/// <summary>One line of an officer's review queue (A.13).</summary>
/// <param name="ApplicationId">Application.</param>
/// <param name="TenantIin">Applicant.</param>
/// <param name="SubmittedAt">When submitted.</param>
/// <param name="DecisionDeadline">A.13: last day of the decision.</param>
/// <param name="Overdue">The deadline has passed.</param>
/// <param name="GuarantorsSigned">Guarantors who signed (A.12).</param>
/// <param name="GuarantorsInvited">Guarantors invited (A.11).</param>
/// <param name="MonthlyIncomeTiyn">Declared income, or null when the tenant's consent is not live (not read).</param>
/// <param name="ChecksFailed">A.14–A.15 checks failed at the latest run; null when not run yet.</param>
public sealed record ReviewItem(Guid ApplicationId, string? TenantIin, DateTimeOffset SubmittedAt, DateOnly DecisionDeadline, bool Overdue,
    int GuarantorsSigned, int GuarantorsInvited, long? MonthlyIncomeTiyn, int? ChecksFailed = null);
