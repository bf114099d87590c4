namespace RentToOwn.Platform.Tests.Security.Authorization;

/// <summary>
/// The one table of who may call what (issue 15, section 4). Columns (see <see cref="Caller"/>): A anonymous; T tenant, S spouse,
/// G guarantor, O officer, H KTK head, R registrar — each a party of the victim's objects; t s g o h r — another user of the
/// same role, party of none. Wrong users get 404 for an object that is not theirs (its existence is not confirmed) and 403 for a
/// cabinet they do not have; anonymous callers 401 (pages: the login redirect). Bodies are well-formed but carry no valid
/// signature, so the rightful caller's answer is a refusal with a reason (400/422) and nothing changes.
/// </summary>
public static class AuthorizationMatrix
{
    private static readonly object BadCms = new { cms = "AAAA", language = "kk" };

    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        // Host, language, login (anyone; rate limited)
        new("GET /healthz", "/healthz", "*200"),
        new("GET /language/{code}", "/language/ru?returnUrl=/", "*302"),
        new("POST /api/auth/challenge", "/api/auth/challenge", "*200"),
        new("POST /api/auth/login", "/api/auth/login", "*401", new { nonce = "not-a-nonce", cms = "AAAA" }),
        new("POST /api/auth/logout", "/api/auth/logout", "A401 *204") { FreshClient = true },

        // A.9 consent (any signed-in person consents for themselves)
        new("POST /api/consents/", "/api/consents", "A401 *400", BadCms), // a form not issued to the caller (no form token) is refused
        new("GET /api/consents/", "/api/consents", "A401 *200"), // one's own consents only
        new("GET /api/consents/form", "/api/consents/form?language=kk", "A401 *200"),
        new("GET /api/consents/{id:guid}/withdrawal", "/api/consents/00000000-0000-0000-0000-0000000000c1/withdrawal?language=kk", "A401 *404"),
        new("POST /api/consents/{id:guid}/withdrawal", "/api/consents/00000000-0000-0000-0000-0000000000c1/withdrawal", "A401 *404", BadCms),
        new("GET /api/antiforgery/", "/api/antiforgery", "*200"),
        new("GET /healthz/ready", "/healthz/ready", "*200"),
        new("ANY /metrics", "/metrics", "*200") { Verb = "GET" }, // Development: open (Telemetry:ScrapeToken / ScrapeNetworks elsewhere)

        // eGov mobile QR signing: the page's procedure (its owner), the phone (one-time token), the login procedure (pre-login cookie)
        new("POST /api/egov-mobile/procedures/", "/api/egov-mobile/procedures", "A401 *400", new { }),
        new("GET /api/egov-mobile/procedures/{id:guid}", "/api/egov-mobile/procedures/00000000-0000-0000-0000-0000000000e1", "A401 *404"),
        new("GET /api/egov-mobile/procedures/{id:guid}/description/{token}", "/api/egov-mobile/procedures/00000000-0000-0000-0000-0000000000e1/description/x", "*404"),
        new("GET /api/egov-mobile/procedures/{id:guid}/documents", "/api/egov-mobile/procedures/00000000-0000-0000-0000-0000000000e1/documents", "*404"),
        new("PUT /api/egov-mobile/procedures/{id:guid}/documents", "/api/egov-mobile/procedures/00000000-0000-0000-0000-0000000000e1/documents", "*404", new { }),
        new("POST /api/auth/egov-mobile/", "/api/auth/egov-mobile", "*401", new { nonce = "not-a-nonce" }), // no pre-login cookie
        new("GET /api/auth/egov-mobile/{id:guid}", "/api/auth/egov-mobile/00000000-0000-0000-0000-0000000000e1", "*404"),

        // A.5, A.17: KTK's housing stock (staff) and the flat offered to the tenant
        new("GET /api/housing/flats/", "/api/housing/flats", "A401 O200 H200 o200 h200 *403"),
        new("POST /api/housing/flats/import", "/api/housing/flats/import", "A401 O400 H400 o400 h400 *403", new { }),
        new("GET /api/housing/offers/mine", "/api/housing/offers/mine", "A401 T404 t404 *403"), // tenants only; no offer yet
        new("POST /api/housing/offers/{id:guid}/accept", "/api/housing/offers/00000000-0000-0000-0000-0000000000f1/accept", "A401 T404 t404 *403"),
        new("POST /api/housing/offers/{id:guid}/decline", "/api/housing/offers/00000000-0000-0000-0000-0000000000f1/decline", "A401 T404 t404 *403"),

        // A.12, A.16: co-signatures on the victim's application
        new("POST /api/guarantor/applications/{id:guid}/signature", "/api/guarantor/applications/{application}/signature", "A401 G409 g404 *403", BadCms), // A.9/A.12: the guarantor's consent, questionnaire and documents first
        new("POST /api/spouse/applications/{id:guid}/signature", "/api/spouse/applications/{application}/signature", "A401 S422 s404 *403", BadCms),
        new("POST /api/head/refusals/{id:guid}/signature", "/api/head/refusals/{application}/signature", "A401 H422 h422 *403", BadCms), // KTK's head is one office
        // A.16: the deciding officer's signed approval (officers' cabinet; the A.9 gate: no consent of the tenant → 404, audited)
        new("GET /api/officer/applications/{id:guid}/approval", "/api/officer/applications/{application}/approval", "A401 O404 H404 o404 h404 *403"),
        new("POST /api/officer/applications/{id:guid}/approval", "/api/officer/applications/{application}/approval", "A401 O404 H404 o404 h404 *403", BadCms),

        // A.17–A.18: the contract (its parties and KTK's head)
        new("GET /api/contracts/", "/api/contracts", "A401 *200"),
        new("GET /api/contracts/{id:guid}", "/api/contracts/{lease}", "A401 T200 S200 G200 H200 h200 *404"),
        new("GET /api/contracts/{id:guid}/pdf", "/api/contracts/{lease}/pdf", "A401 T200 S200 G200 H200 h200 *404"),
        new("GET /api/contracts/{id:guid}/schedules", "/api/contracts/{lease}/schedules", "A401 T200 S200 G200 H200 h200 *404"),
        new("GET /api/contracts/{id:guid}/buyout", "/api/contracts/{lease}/buyout?date=2027-01-15", "A401 T200 S200 G200 H200 h200 *404"),
        new("GET /api/contracts/{id:guid}/signatures/{step:int}/cms", "/api/contracts/{lease}/signatures/0/cms", "A401 T200 S200 G200 H200 h200 *404"),
        new("POST /api/contracts/{id:guid}/signatures", "/api/contracts/{lease}/signatures", "A401 T409 S409 G409 H422 h422 *404", BadCms), // signed in full: 409; the head's CMS is checked first

        // A.21, A.30: video sessions (participants; the registrar of the session)
        new("POST /api/video-sessions/", "/api/video-sessions", "A401 O400 H400 o400 h400 *403", new { }),
        new("GET /api/video-sessions/staff", "/api/video-sessions/staff", "A401 O200 H200 o200 h200 *403"), // A.21: KTK picks the registrar and its representative
        new("GET /api/video-sessions/mine", "/api/video-sessions/mine", "A401 *200"),
        new("GET /api/video-sessions/registrar", "/api/video-sessions/registrar", "A401 R200 r200 *403"),
        new("GET /api/video-sessions/{id:guid}", "/api/video-sessions/{session}", "A401 T200 S200 O200 R200 *403"),
        new("POST /api/video-sessions/{id:guid}/identity/challenge", "/api/video-sessions/{session}/identity/challenge", "A401 T200 S200 O200 R200 *403"),
        new("POST /api/video-sessions/{id:guid}/identity", "/api/video-sessions/{session}/identity", "A401 T400 S400 O400 R400 *403", new { token = "x", cms = "AAAA" }),
        new("POST /api/video-sessions/{id:guid}/verdict/prepare", "/api/video-sessions/{session}/verdict/prepare", "A401 R409 r403 *403",
            new { signaturesAuthentic = true, legalCapacity = true, freeWill = true, spousesPresent = true, remark = "" }),
        new("POST /api/video-sessions/{id:guid}/verdict", "/api/video-sessions/{session}/verdict", "A401 R409 r403 *403", new { findings = "AAAA", cms = "AAAA", remark = "" }),
        new("GET /api/video-sessions/{id:guid}/verdict", "/api/video-sessions/{session}/verdict", "A401 T200 S200 O200 R200 *403"),
        new("ANY /api/video-sessions/signalling", "/api/video-sessions/signalling", "A401 *400"),
        new("ANY /api/video-sessions/signalling/negotiate", "/api/video-sessions/signalling/negotiate?negotiateVersion=1", "A401 *200") { Verb = "POST" },

        // Reminders
        new("GET /api/reminders", "/api/reminders", "A401 *200"),

        // A.22: payments (the payer; KTK staff read)
        new("POST /api/payments/callback", "/api/payments/callback", "*401", new { }), // no acquirer signature
        new("GET /api/payments/{id:guid}", "/api/payments/{payment}", "A401 T200 O200 H200 o200 h200 *404"),
        new("GET /api/payments/{id:guid}/document", "/api/payments/{payment}/document", "A401 T200 O200 H200 o200 h200 *404"),
        new("POST /api/payments/{id:guid}/sandbox/pay", "/api/payments/{payment}/sandbox/pay", "A401 T202 *404"), // paid already: idempotent
        new("POST /api/payments/{id:guid}/sandbox/decline", "/api/payments/{payment}/sandbox/decline", "A401 T409 *404"),

        // A.19–A.38: registration (tenant and spouse of the lease, KTK staff, the registrar of its session)
        new("GET /api/registrations/", "/api/registrations", "A401 *200"),
        new("POST /api/registrations/", "/api/registrations", "A401 O404 H404 o404 h404 *403", new { leaseId = "{unknown}" }),
        new("GET /api/registrations/{id:guid}", "/api/registrations/{registration}", "A401 T200 S200 O200 H200 o200 h200 R200 *404"), // r: issue 15, fixed
        new("GET /api/registrations/{id:guid}/consent-form", "/api/registrations/{registration}/consent-form?language=kk", "A401 T200 S200 O200 H200 o200 h200 R200 *404"),
        new("POST /api/registrations/{id:guid}/consent", "/api/registrations/{registration}/consent", "A401 T422 S403 O403 H403 o403 h403 R403 *404", BadCms), // A.20: only the tenant consents
        new("GET /api/registrations/{id:guid}/form", "/api/registrations/{registration}/form", "A401 T200 S200 O200 H200 o200 h200 R200 *404"),
        new("POST /api/registrations/{id:guid}/signature", "/api/registrations/{registration}/signature", "A401 T409 S403 O403 H403 o403 h403 R403 *404", BadCms), // consent first
        new("POST /api/registrations/{id:guid}/ktk-signature", "/api/registrations/{registration}/ktk-signature", "A401 T403 S403 O409 H409 o409 h409 R403 *404", BadCms), // A.22: KTK staff, after the tenant signed
        new("POST /api/registrations/{id:guid}/fee", "/api/registrations/{registration}/fee", "A401 T200 S403 O403 H403 o403 h403 R403 *404"),
        new("POST /api/registrations/{id:guid}/submit", "/api/registrations/{registration}/submit", "A401 O409 H409 o409 h409 *403"),
        new("GET /api/registrations/cadastre/undelivered", "/api/registrations/cadastre/undelivered", "A401 O200 H200 o200 h200 *403"),

        // The public verifier (anyone, rate limited) and verification sheets
        new("POST /api/verify/", "/api/verify", "*400") { Multipart = true },
        new("GET /api/verify/bundle/{index:long}", "/api/verify/bundle/0?document={sha}", "*404"), // public: the same answer for everyone
        new("GET /api/verify/stored/", "/api/verify/stored?doc={sha}&entry=0", "*404"),
        new("GET /api/sheets/{sha256}", "/api/sheets/{sha}", "A401 T409 S409 G409 H409 h409 O409 o409 *404"), // parties and KTK: nothing on the ledger yet

        // A.29–A.38: the term (the lease's tenant, KTK staff)
        new("GET /api/term/leases", "/api/term/leases", "A401 *200"),
        new("GET /api/term/refunds", "/api/term/refunds", "A401 O200 H200 o200 h200 *403"),
        new("POST /api/term/refunds/{adjustmentId:guid}", "/api/term/refunds/{unknown}", "A401 O404 H404 o404 h404 *403"),
        new("GET /api/term/{id:guid}/adjustments", "/api/term/{termLease}/adjustments", "A401 T200 O200 H200 o200 h200 *404"),
        new("GET /api/term/{id:guid}", "/api/term/{termLease}", "A401 T200 O200 H200 o200 h200 *404"),
        new("GET /api/term/{id:guid}/buyout", "/api/term/{termLease}/buyout", "A401 T200 O200 H200 o200 h200 *404"),
        new("GET /api/term/{id:guid}/schedule/pdf", "/api/term/{termLease}/schedule/pdf", "A401 T200 O200 H200 o200 h200 *404"),
        new("GET /api/term/{id:guid}/statement/pdf", "/api/term/{termLease}/statement/pdf", "A401 T200 O200 H200 o200 h200 *404"),
        new("POST /api/term/{id:guid}/installments/{period:int}/payments", "/api/term/{termLease}/installments/99/payments", "A401 T400 t404 *403"),
        new("POST /api/term/{id:guid}/buyout/payments", "/api/term/{termLease}/buyout/payments", "A401 T200 t404 *403"),
        new("GET /api/term/{id:guid}/closing", "/api/term/{termLease}/closing", "A401 T404 O404 H404 o404 h404 *404"),
        new("POST /api/term/{id:guid}/closing", "/api/term/{termLease}/closing", "A401 O409 H409 o409 h409 *403"),
        new("GET /api/term/{id:guid}/closing/letter/pdf", "/api/term/{termLease}/closing/letter/pdf", "A401 *404"),
        new("GET /api/term/{id:guid}/closing/transfer/pdf", "/api/term/{termLease}/closing/transfer/pdf", "A401 *404"),
        new("GET /api/term/{id:guid}/closing/{document}/signatures/{step:int}/cms", "/api/term/{termLease}/closing/letter/signatures/0/cms", "A401 *404"),
        new("POST /api/term/{id:guid}/closing/letter/signature", "/api/term/{termLease}/closing/letter/signature", "A401 H409 h409 *403", BadCms),
        new("POST /api/term/{id:guid}/closing/transfer/signatures", "/api/term/{termLease}/closing/transfer/signatures", "A401 T409 O409 H409 o409 h409 *404", BadCms),
        new("POST /api/term/{id:guid}/closing/applications", "/api/term/{termLease}/closing/applications", "A401 O409 H409 o409 h409 *403"),
        new("GET /api/term/{id:guid}/terminations", "/api/term/{termLease}/terminations", "A401 T200 O200 H200 o200 h200 *404"),
        new("GET /api/term/{id:guid}/terminations/voluntary/request", "/api/term/{termLease}/terminations/voluntary/request", "A401 T200 O200 H200 o200 h200 *404"),
        new("POST /api/term/{id:guid}/terminations/voluntary", "/api/term/{termLease}/terminations/voluntary", "A401 T422 O422 H422 o422 h422 *404", BadCms), // only the tenant's EDS is accepted
        new("POST /api/term/{id:guid}/terminations/involuntary", "/api/term/{termLease}/terminations/involuntary", "A401 O422 H422 o422 h422 *403") { Multipart = true }, // an empty form: each missing field named
        new("POST /api/term/{id:guid}/terminations/{terminationId:guid}/signature", "/api/term/{termLease}/terminations/{unknown}/signature", "A401 O404 H404 o404 h404 *403", BadCms),

        // API docs (Development)
        new("GET /openapi/{documentName}.json", "/openapi/v1.json", "*200"),
        new("GET /scalar/{documentName?}", "/scalar/v1", "*200"),
        new("GET /scalar/scalar.js", "/scalar/scalar.js", "*200"),
        new("GET /scalar/scalar.aspnetcore.js", "/scalar/scalar.aspnetcore.js", "*200"),
        new("GET /scalar/favicon.svg", "/scalar/favicon.svg", "*200"),

        // Razor pages (GET), by page
        new("PAGE /Index", "/", "*200"),
        new("PAGE /Consents/Index", "/Consents", "A401 *200"),
        new("PAGE /Notifications/Index", "/Notifications", "A401 *200"),
        new("PAGE /Officer/Index", "/Officer", "A401 O200 H200 o200 h200 *403"),
        new("PAGE /Tenant/Flat", "/Tenant/Flat", "A401 T200 t200 *403"),
        new("PAGE /Login", "/Login", "*200"),
        new("PAGE /Logout", "/Logout", "*302"),
        new("PAGE /Error", "/Error", "*200"),
        new("PAGE /Forbidden", "/Forbidden", "*403"),
        new("PAGE /Consent", "/Consent", "A401 *200"),
        new("PAGE /Dev/DemoUsers", "/Dev/DemoUsers", "*200"),
        new("PAGE /Dev/SmsInbox", "/Dev/SmsInbox", "*200"),
        new("PAGE /Verify/Index", "/Verify", "*200"),
        new("PAGE /Contracts/Index", "/Contracts?id={lease}", "A401 T200 S200 G200 H200 h200 *404"),
        new("PAGE /Tenant/Index", "/Tenant", "A401 T302 t302 *403"), // on to the tenant's current step
        new("PAGE /Tenant/Application", "/Tenant/Application", "A401 T302 t302 *403"), // A.9: consent first
        new("PAGE /Tenant/Consent", "/Tenant/Consent", "A401 T200 t200 *403"),
        new("PAGE /Tenant/Registration", "/Tenant/Registration", "A401 T200 t200 *403"),
        new("PAGE /Tenant/Term/Index", "/Tenant/Term", "A401 T200 t200 *403"),
        new("PAGE /Tenant/Term/Terminate", "/Tenant/Term/Terminate?id={termLease}", "A401 T200 t404 *403"),
        new("PAGE /Guarantor/Index", "/Guarantor", "A401 G200 g200 *403"),
        new("PAGE /Guarantor/Questionnaire", "/Guarantor/Questionnaire?id={application}", "A401 G302 g302 *403"), // A.9: the guarantor's own consent first (no existence told)
        new("PAGE /Spouse/Index", "/Spouse", "A401 S200 s200 *403"),
        new("PAGE /Head/Index", "/Head", "A401 H200 h200 *403"),
        new("PAGE /Officer/RecipientLists/Index", "/Officer/RecipientLists", "A401 O200 H200 o200 h200 *403"),
        new("PAGE /Officer/RecipientLists/Details", "/Officer/RecipientLists/Details?id={list}", "A401 O200 H404 o404 h404 *403"), // A.6: the importing officer's list
        new("PAGE /Officer/Review/Index", "/Officer/Review", "A401 O200 H200 o200 h200 *403"),
        new("PAGE /Officer/Review/Details", "/Officer/Review/Details?id={application}", "A401 O404 H404 o404 h404 *403"), // A.9 gate: no consent of the tenant, audited
        new("PAGE /Officer/Leases/Index", "/Officer/Leases", "A401 O200 H200 o200 h200 *403"),
        new("PAGE /Officer/Leases/Details", "/Officer/Leases/Details?id={termLease}", "A401 O200 H200 o200 h200 *403"),
        new("PAGE /Officer/Registrations/Index", "/Officer/Registrations", "A401 O200 H200 o200 h200 *403"),
        new("PAGE /Registrar/Registrations/Index", "/Registrar/Registrations", "A401 R200 r200 *403"),
        new("PAGE /Registrar/VideoSessions/Index", "/Registrar/VideoSessions", "A401 R200 r200 *403"),
        new("PAGE /VideoSessions/Schedule", "/VideoSessions/Schedule", "A401 O200 H200 o200 h200 *403"),
        new("PAGE /VideoSessions/Room", "/VideoSessions/Room/{session}", "A401 T200 S200 O200 R200 *403"),
        new("PAGE /Payments/Checkout", "/Payments/Checkout/{payment}", "A401 T200 *404"),
    ];
}
