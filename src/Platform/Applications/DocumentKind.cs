namespace RentToOwn.Platform.Applications;

/// <summary>The A.10 attachments.</summary>
public enum DocumentKind
{
    /// <summary>Employment certificate: position and tenure.</summary>
    EmploymentCertificate,
    /// <summary>Salary certificate for the last 6 months or more.</summary>
    SalaryCertificate,
    /// <summary>Marriage, divorce or spouse's death certificate.</summary>
    MaritalStatusCertificate,
    /// <summary>Notarised statement of not being married.</summary>
    NoMarriageStatement,
    /// <summary>Children's birth certificates.</summary>
    ChildBirthCertificate,
    /// <summary>No real estate owned in Kazakhstan in the last 5 years (recipient and family).</summary>
    NoPropertyCertificate,
    /// <summary>Certificate of an earlier marriage's divorce or of the former spouse's death (marital history).</summary>
    DivorceOrDeathCertificate,
}
