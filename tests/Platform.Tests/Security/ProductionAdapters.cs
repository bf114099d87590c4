using RentToOwn.Platform.Applications.Checks.Sources;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Payments;

namespace RentToOwn.Platform.Tests.Security;

/// <summary>
/// Stands for the real adapters a deployment registers (bank acquirer, SMS gateway, ДҚБ, review sources): the
/// production start needs them registered; these tests never call them.
/// </summary>
internal sealed class ProductionAdapters : IPaymentProvider, ISmsSender, IConsentService, ICreditBureau, ICourtRecords,
    IAffiliateRegistry, IFinancingList, IPersonRegistry, ICivilRegistry, IEmploymentRegistry, RentToOwn.Platform.Courts.ICourtDecisionRegistry
{
    public string Name => "operator";

    public Task<PaymentIntent> CreateAsync(PaymentOrder order, CancellationToken ct) => throw new NotSupportedException();

    public Task<PaymentRefund> RefundAsync(Guid paymentId, long amountTiyn, string reason, CancellationToken ct) => throw new NotSupportedException();

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<PersonalDataConsent> RegisterAsync(Guid consentId, string subjectIin, SignedConsentForm form, CancellationToken ct) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<PersonalDataConsent>> ConsentsOfAsync(string subjectIin, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PersonalDataConsent>>([]);

    public Task<bool> WithdrawAsync(Guid consentId, DateTimeOffset at, CancellationToken ct) => throw new NotSupportedException();

    public Task<PersonalDataConsent?> LiveConsentAsync(string subjectIin, string purpose, CancellationToken ct) => Task.FromResult<PersonalDataConsent?>(null);

    public Task<CreditReport> ReportAsync(string iin, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<CourtCase>> CasesAsync(string iin, CancellationToken ct) => throw new NotSupportedException();

    Task<AffiliateEntry?> IAffiliateRegistry.FindAsync(string iin, CancellationToken ct) => throw new NotSupportedException();

    public Task<bool> IsListedAsync(string iinOrBin, CancellationToken ct) => throw new NotSupportedException();

    Task<CivilRecord?> IPersonRegistry.FindAsync(string iin, CancellationToken ct) => throw new NotSupportedException();

    Task<CivilStatus> ICivilRegistry.StatusAsync(string iin, CancellationToken ct) => throw new NotSupportedException();

    Task<EmploymentRecord?> IEmploymentRegistry.CurrentEmployerAsync(string iin, CancellationToken ct) => throw new NotSupportedException();

    Task<RentToOwn.Platform.Courts.CourtDecision?> RentToOwn.Platform.Courts.ICourtDecisionRegistry.FindAsync(string courtName, string caseNumber, CancellationToken ct) =>
        throw new NotSupportedException();
}
