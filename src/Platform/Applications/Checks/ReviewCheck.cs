namespace RentToOwn.Platform.Applications.Checks;

/// <summary>One stored A.14–A.15 check result of an application's review (the latest run counts; earlier runs are history).</summary>
public sealed class ReviewCheck
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The application under review.</summary>
    public Guid ApplicationId { get; set; }

    /// <summary>Which check.</summary>
    public CheckKind Kind { get; set; }

    /// <summary>Whose data was checked: <c>tenant</c>, <c>spouse</c> or <c>guarantor N</c>.</summary>
    public required string SubjectRole { get; set; }

    /// <summary>The IIN of the person checked.</summary>
    public required string SubjectIin { get; set; }

    /// <summary>Passed, failed or unavailable.</summary>
    public CheckOutcome Outcome { get; set; }

    /// <summary>Text key of the reason (<see cref="ReviewCheckTexts"/>).</summary>
    public required string ReasonKey { get; set; }

    /// <summary>Arguments of the reason, joined with U+001F (untranslated data: amounts, case numbers).</summary>
    public string ReasonArgs { get; set; } = "";

    /// <summary>Where the answer came from (e.g. <c>credit-bureau (stand-in)</c>).</summary>
    public required string Source { get; set; }

    /// <summary>Which officer ran it.</summary>
    public required string CheckedByIin { get; set; }

    /// <summary>When it ran.</summary>
    public DateTimeOffset CheckedAt { get; set; }

    /// <summary>A.15: why the officer approves despite this Unavailable check (source down); part of the signed approval.</summary>
    public string? OverrideReason { get; set; }

    /// <summary>The officer who overrode it.</summary>
    public string? OverriddenByIin { get; set; }

    /// <summary>When it was overridden (audited).</summary>
    public DateTimeOffset? OverriddenAt { get; set; }

    /// <summary>Unavailable and not overridden: blocks the approval until the checks are run again or it is overridden (A.15).</summary>
    public bool Blocks => Outcome == CheckOutcome.Unavailable && OverriddenAt is null;

    /// <summary>The reason's arguments.</summary>
    public IReadOnlyList<string> Args => ReasonArgs.Length == 0 ? [] : ReasonArgs.Split('\u001f');
}
