using System.Net;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Registration;
using RentToOwn.Platform.Tests.Term;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.Tests.Security.Authorization;

/// <summary>
/// Real objects of the "victim" (the demo tenant, married to the demo spouse, with the demo guarantor) whose ids fill the
/// routes: an application awaiting the officer, a registered lease with a paid installment (the term), a signed lease with
/// a registration application, its video session with the registrar's verdict. Plus one account per role that is
/// party to none of them.
/// </summary>
internal sealed class Victim
{
    public required Guid Application { get; init; }
    public required Guid TermLease { get; init; }
    public required Guid Payment { get; init; }
    public required Guid ContractLease { get; init; }
    public required string ContractSha256 { get; init; }
    public required Guid Registration { get; init; }
    public required Guid Session { get; init; }
    public required Guid RecipientList { get; init; }
    public required IReadOnlyDictionary<Caller, string> Iins { get; init; }

    public static async Task<Victim> SeedAsync(PlatformFactory app)
    {
        await TestWaits.DemoUsersAsync(app);
        string Demo(string role) => DemoKeys.Party(app.PkiDirectory, role).Iin;
        var iins = new Dictionary<Caller, string>
        {
            [Caller.Tenant] = Demo("tenant"), [Caller.Spouse] = Demo("spouse"), [Caller.Guarantor] = Demo("guarantor"),
            [Caller.Officer] = Demo("ktk-officer"), [Caller.Head] = Demo("ktk-head"), [Caller.Registrar] = Demo("registrar"),
            [Caller.OtherTenant] = TestIins.Make("910101", '3', 7001), [Caller.OtherSpouse] = TestIins.Make("910202", '4', 7002),
            [Caller.OtherGuarantor] = TestIins.Make("800303", '3', 7003), [Caller.OtherOfficer] = TestIins.Make("820404", '4', 7004),
            [Caller.OtherHead] = TestIins.Make("750505", '3', 7005), [Caller.OtherRegistrar] = TestIins.Make("880606", '4', 7006),
        };
        await app.AddUserAsync(iins[Caller.OtherTenant], "Other Tenant", PlatformRoles.Tenant);
        await app.AddUserAsync(iins[Caller.OtherSpouse], "Other Spouse", PlatformRoles.Spouse);
        await app.AddUserAsync(iins[Caller.OtherGuarantor], "Other Guarantor", PlatformRoles.Guarantor);
        await app.AddUserAsync(iins[Caller.OtherOfficer], "Other Officer", PlatformRoles.Officer);
        await app.AddUserAsync(iins[Caller.OtherHead], "Other Head", PlatformRoles.Head | PlatformRoles.Officer);
        await app.AddUserAsync(iins[Caller.OtherRegistrar], "Other Registrar", PlatformRoles.Registrar);

        // The term: a registered lease and an installment the tenant paid at the sandbox checkout.
        var termLease = await TermLeaseSetup.CreateAsync(app, new DateOnly(2026, 10, 1));
        using var tenant = await app.SignedInClientAsync(iins[Caller.Tenant]);
        var payment = await TermLeaseSetup.PayAsync(app, tenant, $"/api/term/{termLease.Id}/installments/1/payments");

        // A.8–A.13: the submitted application, married, one guarantor, in the demo officer's queue.
        var application = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            db.Applications.Add(new TenantApplication
            {
                Id = application, TenantIin = iins[Caller.Tenant], Status = ApplicationStatus.Submitted, Employer = "KazPost", Position = "Clerk",
                MonthlyIncomeTiyn = 38_000_000, FamilyMembers = 2, Married = true, SpouseIin = iins[Caller.Spouse], CreatedAt = app.Time.GetUtcNow(),
                SubmittedAt = app.Time.GetUtcNow(), DecisionDeadline = new DateOnly(2026, 12, 9), AssignedOfficerIin = iins[Caller.Officer],
                Guarantors = [new GuarantorInvitation { Id = Guid.NewGuid(), ApplicationId = application, Order = 1, GuarantorIin = iins[Caller.Guarantor], InvitedAt = app.Time.GetUtcNow() }],
            });
            return await db.SaveChangesAsync();
        });

        // A.17–A.21: a signed lease naming the spouse, its registration application and the registrar's verdict.
        var flow = new RegistrationFlow(app);
        var contractLease = await SignedLeases.CreateAsync(app, flow, "21:320:045:789:1/44", married: false);
        var registration = await flow.FormAsync(contractLease);
        // Then the spouse is named on the lease (after forming: the contract rows above carry no spouse signature, so the
        // contract still waits for one), before the A.21 session, whose participants are the application's parties.
        var sha = await app.WithDbAsync(async db =>
        {
            var lease = await db.Leases.SingleAsync(l => l.Id == contractLease);
            lease.SpouseIin = iins[Caller.Spouse];
            lease.SpouseName = DemoKeys.Party(app.PkiDirectory, "spouse").Name;
            await db.SaveChangesAsync();
            return lease.ContractSha256!;
        });
        await flow.RecordVerdictAsync(registration.ToString());
        var session = await app.WithDbAsync(db => db.Set<VideoSession>().Where(s => s.SubjectId == registration.ToString()).Select(s => s.Id).SingleAsync());
        var list = await app.WithDbAsync(db => db.RecipientLists.Select(l => l.Id).FirstAsync());
        return new Victim
        {
            Application = application, TermLease = termLease.Id, Payment = payment, ContractLease = contractLease, ContractSha256 = sha,
            Registration = registration, Session = session, RecipientList = list, Iins = iins,
        };
    }

    /// <summary>A client for <paramref name="caller"/> (anonymous: no session), through the shared test client factory.</summary>
    public async Task<HttpClient> ClientAsync(PlatformFactory app, Caller caller) =>
        caller == Caller.Anonymous ? app.CreateClient(new() { AllowAutoRedirect = false }) : await app.SignedInClientAsync(Iins[caller]);

    /// <summary>Fills a route template's placeholders with the victim's ids.</summary>
    public string Fill(string template) => template
        .Replace("{application}", Application.ToString()).Replace("{termLease}", TermLease.ToString()).Replace("{payment}", Payment.ToString())
        .Replace("{lease}", ContractLease.ToString()).Replace("{sha}", ContractSha256).Replace("{registration}", Registration.ToString())
        .Replace("{session}", Session.ToString()).Replace("{list}", RecipientList.ToString())
        .Replace("{unknown}", "00000000-0000-4000-8000-00000000a11c");

    public static HttpStatusCode Status(int code) => (HttpStatusCode)code;
}
