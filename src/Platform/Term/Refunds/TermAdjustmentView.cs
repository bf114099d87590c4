namespace RentToOwn.Platform.Term.Refunds;

/// <summary>An over-payment decision as the tenant and KTK see it.</summary>
/// <param name="Id">The decision.</param>
/// <param name="LeaseId">The lease.</param>
/// <param name="LeaseNumber">Its contract number.</param>
/// <param name="TenantName">The tenant's name (KTK's list; never on the ledger).</param>
/// <param name="PaymentId">The payment whose surplus it is.</param>
/// <param name="Kind">Credit or Refund.</param>
/// <param name="AmountTiyn">Amount, tiyn.</param>
/// <param name="Reason">Reason code (<see cref="TermAdjustmentReasons"/>).</param>
/// <param name="DecidedAt">When decided.</param>
/// <param name="RefundedAt">Refund: when the provider refunded it (null while due).</param>
/// <param name="RefundReference">Refund: the provider's reference.</param>
public sealed record TermAdjustmentView(Guid Id, Guid LeaseId, string LeaseNumber, string TenantName, Guid PaymentId, TermAdjustmentKind Kind, long AmountTiyn,
    string Reason, DateTimeOffset DecidedAt, DateTimeOffset? RefundedAt, string? RefundReference);
