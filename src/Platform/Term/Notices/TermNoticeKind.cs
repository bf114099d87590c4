namespace RentToOwn.Platform.Term.Notices;

/// <summary>A notice about a schedule period.</summary>
public enum TermNoticeKind
{
    /// <summary>The payment falls due in a few days.</summary>
    Reminder,
    /// <summary>The payment is overdue (arrears).</summary>
    Arrears,
}
