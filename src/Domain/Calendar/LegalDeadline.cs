namespace RentToOwn.Domain.Calendar;

/// <summary>The legal deadlines of the Algorithm and how each is counted.</summary>
public enum LegalDeadline
{
    /// <summary>A.6: KTK uploads the recipient list within 2 working days of receiving it from the local executive body.</summary>
    RecipientListUpload,

    /// <summary>A.7: the recipient submits the application and documents within 15 calendar days of the SMS.</summary>
    ApplicationSubmission,

    /// <summary>A.13: KTK decides within 15 calendar days of receiving the application.</summary>
    KtkDecision,

    /// <summary>A.38: the registration service is rendered no later than 1 working day after the fee payment is confirmed.</summary>
    RegistrationService,
}
