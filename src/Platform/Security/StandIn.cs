namespace RentToOwn.Platform.Security;

/// <summary>
/// A local stand-in for something the real deployment talks to (README "Stand-ins"): what it is, the switch that turns
/// it off, and whether it is on under a configuration. Every stand-in is on by default (the embedded defaults).
/// </summary>
/// <param name="Id">Stable name, reported by <c>/healthz</c>.</param>
/// <param name="Key">The configuration key that turns it off.</param>
/// <param name="Off">What Production needs instead (said in the refusal).</param>
/// <param name="IsActive">Whether it runs under a configuration.</param>
public sealed record StandIn(string Id, string Key, string Off, Func<IConfiguration, bool> IsActive)
{
    /// <summary>A test PKI is created (CA keys under a known password) and trusted.</summary>
    public static readonly StandIn TestPki = Switch("test-pki", "Eds:CreateTestPki",
        "set it to false and put NCA's root and intermediate certificates and CRLs in the PKI folder's trust/");

    /// <summary>Demo staff and parties are put into the directory.</summary>
    public static readonly StandIn DemoUsers = Switch("demo-users", "Eds:SeedDemoUsers", "set it to false");

    /// <summary>The sandbox acquirer confirms payments with its own key.</summary>
    public static readonly StandIn SandboxPayments = Switch("sandbox-payments", "Payments:Sandbox:Enabled",
        "set it to false, register the bank's IPaymentProvider and give Payments:ProviderPublicKeyPem (or ProviderPublicKeyPath)");

    /// <summary>The cadastre simulator runs in-process (no token).</summary>
    public static readonly StandIn InProcessCadastre = new("in-process-cadastre", "Kadastr:Endpoint",
        "give the cadastre's https:// gRPC endpoint and Kadastr:AuthToken",
        c => string.IsNullOrWhiteSpace(c["Kadastr:Endpoint"]));

    /// <summary>SMS go to the sandbox outbox page only.</summary>
    public static readonly StandIn SandboxSms = Switch("sandbox-sms", "Sms:Sandbox:Enabled",
        "set it to false and register the operator's ISmsSender");

    /// <summary>ДҚБ consents are kept locally.</summary>
    public static readonly StandIn LocalConsent = Switch("local-consent", "Consents:LocalService:Enabled",
        "set it to false and register the ДҚБ IConsentService");

    /// <summary>Credit bureau, court records, affiliates, pension contributions (review-sources.json) and the simulator's state registries.</summary>
    public static readonly StandIn LocalReviewSources = Switch("local-review-sources", "ReviewChecks:LocalSources:Enabled",
        "set it to false and register ICreditBureau, ICourtRecords, IAffiliateRegistry, IFinancingList, IPersonRegistry, ICivilRegistry and IEmploymentRegistry");

    /// <summary>Seed 000: court decisions are checked against a local file (court-decisions.json), not the courts' records.</summary>
    public static readonly StandIn LocalCourtDecisions = Switch("local-court-decisions", "Courts:LocalRegistry:Enabled",
        "set it to false and register the court-records ICourtDecisionRegistry");

    /// <summary>The legal calendar can be moved forward (Dev/DevCalendar, for demos of a closed window); off unless set.</summary>
    public static readonly StandIn AdjustableCalendar = new("adjustable-calendar", "Dev:AdjustableCalendar", "remove it (Development demos only)",
        c => c.GetValue("Dev:AdjustableCalendar", false));

    /// <summary>The ledger's witness is in-process (no State Corporation node can be configured yet).</summary>
    public static readonly StandIn InProcessWitness = new("in-process-witness", "Ledger:AcceptInProcessWitness",
        "no State Corporation witness node can be configured yet: set it to true to accept the in-process witness",
        _ => true);

    /// <summary>Every stand-in, in the order the refusal names them.</summary>
    public static readonly IReadOnlyList<StandIn> All =
        [TestPki, DemoUsers, SandboxPayments, InProcessCadastre, SandboxSms, LocalConsent, LocalReviewSources, LocalCourtDecisions, AdjustableCalendar, InProcessWitness];

    /// <summary>The ids of the stand-ins active under <paramref name="configuration"/>.</summary>
    public static IReadOnlyList<string> Active(IConfiguration configuration) =>
        All.Where(s => s.IsActive(configuration)).Select(s => s.Id).ToArray();

    private static StandIn Switch(string id, string key, string off) => new(id, key, off, c => c.GetValue(key, true));
}
