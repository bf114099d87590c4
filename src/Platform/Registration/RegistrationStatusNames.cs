using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Registration;

/// <summary>The status names other areas and the API see (<see cref="RegistrationSummary.Status"/>).</summary>
public static class RegistrationStatusNames
{
    /// <summary>e.g. AwaitingTenant, AwaitingKtk, AwaitingVerdict, AwaitingFee, Submitted, RECEIVED, UNDER_REVIEW, REGISTERED, SUSPENDED, REFUSED.</summary>
    public static string Of(RegistrationApplication app) => app.Status switch
    {
        RegistrationStatus.Preparing => RegistrationWorkflow.Missing(app).FirstOrDefault() switch
        {
            "consent" => "AwaitingTenant",
            "signature" => app.Kind == RegistrationKind.EncumbranceTermination ? "AwaitingKtk" : "AwaitingTenant",
            "ktk-signature" => "AwaitingKtk",
            "verdict" => "AwaitingVerdict",
            "fee" => "AwaitingFee",
            _ => "Ready",
        },
        RegistrationStatus.Submitted => "Submitted",
        RegistrationStatus.Received => "RECEIVED",
        RegistrationStatus.UnderReview => "UNDER_REVIEW",
        RegistrationStatus.Suspended => "SUSPENDED",
        RegistrationStatus.Registered => "REGISTERED",
        _ => "REFUSED",
    };
}
