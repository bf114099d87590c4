using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace RentToOwn.Platform.Tests.Web.Cabinets;

/// <summary>The ids of the data seeded behind the cabinet pages (<see cref="CabinetPagesFixture"/>).</summary>
public sealed record CabinetData(Guid ApplicationId, Guid LeaseId, Guid RecipientListId, Guid PaymentId, Guid VideoSessionId);

/// <summary>One page visit: who opens which URL.</summary>
public sealed record PageVisit(string Page, string Role, string Url);

/// <summary>
/// Which role opens each Razor page, and with which seeded ids. The page list itself comes from the app's endpoint
/// data sources (<see cref="PageRoutes"/>), so a new page without a line here fails <c>Every_razor_page_has_a_visit_plan</c>.
/// </summary>
public static class CabinetPagePlan
{
    /// <summary>Visitor names: the demo roles of <c>rto pki init</c>, plus an anonymous citizen.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>Page (view-engine path) → who visits it with which URL.</summary>
    public static readonly IReadOnlyDictionary<string, Func<CabinetData, (string Role, string Url)[]>> Visits =
        new Dictionary<string, Func<CabinetData, (string, string)[]>>
        {
            ["/Index"] = _ => [(Anonymous, "/"), ("tenant", "/"), ("ktk-officer", "/"), ("registrar", "/")],
            ["/Login"] = _ => [(Anonymous, "/Login")],
            ["/Logout"] = _ => [(Anonymous, "/Logout")], // GET only redirects home
            ["/Error"] = _ => [(Anonymous, "/Error")],
            ["/Forbidden"] = _ => [("tenant", "/Forbidden")],
            ["/Consent"] = _ => [("spouse", "/Consent")],
            ["/Verify/Index"] = _ => [(Anonymous, "/Verify")],
            ["/Dev/DemoUsers"] = _ => [(Anonymous, "/Dev/DemoUsers")],
            ["/Dev/SmsInbox"] = _ => [("ktk-officer", "/Dev/SmsInbox")],
            ["/Notifications/Index"] = _ => [("tenant", "/Notifications"), ("ktk-officer", "/Notifications")],
            ["/Tenant/Index"] = _ => [("tenant", "/Tenant")],
            ["/Tenant/Application"] = _ => [("tenant", "/Tenant/Application")],
            ["/Tenant/Consent"] = _ => [("tenant", "/Tenant/Consent")],
            ["/Tenant/Flat"] = _ => [("tenant", "/Tenant/Flat")],
            ["/Consents/Index"] = _ => [("tenant", "/Consents"), ("spouse", "/Consents")],
            ["/Tenant/Registration"] = _ => [("tenant", "/Tenant/Registration")],
            ["/Tenant/Term/Index"] = d => [("tenant", $"/Tenant/Term?id={d.LeaseId}")],
            ["/Tenant/Term/Terminate"] = d => [("tenant", $"/Tenant/Term/Terminate?id={d.LeaseId}")],
            ["/Guarantor/Index"] = _ => [("guarantor", "/Guarantor")],
            ["/Guarantor/Questionnaire"] = d => [("guarantor", $"/Guarantor/Questionnaire?id={d.ApplicationId}")], // A.12 → A.8–A.10
            ["/Spouse/Index"] = _ => [("spouse", "/Spouse")],
            ["/Head/Index"] = _ => [("ktk-head", "/Head")],
            ["/Contracts/Index"] = d => [("tenant", "/Contracts"), ("tenant", $"/Contracts?id={d.LeaseId}"), ("guarantor", "/Contracts"), ("ktk-head", $"/Contracts?id={d.LeaseId}")],
            ["/Payments/Checkout"] = d => [("tenant", $"/Payments/Checkout/{d.PaymentId}")],
            ["/Officer/Index"] = _ => [("ktk-officer", "/Officer")],
            ["/Officer/RecipientLists/Index"] = _ => [("ktk-officer", "/Officer/RecipientLists")],
            ["/Officer/RecipientLists/Details"] = d => [("ktk-officer", $"/Officer/RecipientLists/Details?id={d.RecipientListId}")],
            ["/Officer/Review/Index"] = _ => [("ktk-officer", "/Officer/Review")],
            ["/Officer/Review/Details"] = d => [("ktk-officer", $"/Officer/Review/Details?id={d.ApplicationId}")],
            ["/Officer/Registrations/Index"] = _ => [("ktk-officer", "/Officer/Registrations")],
            ["/Officer/Leases/Index"] = _ => [("ktk-officer", "/Officer/Leases")],
            ["/Officer/Leases/Details"] = d => [("ktk-officer", $"/Officer/Leases/Details?id={d.LeaseId}"), ("ktk-head", $"/Officer/Leases/Details?id={d.LeaseId}")],
            ["/VideoSessions/Schedule"] = _ => [("ktk-officer", "/VideoSessions/Schedule")],
            ["/VideoSessions/Room"] = d => [("registrar", $"/VideoSessions/Room/{d.VideoSessionId}")],
            ["/Registrar/VideoSessions/Index"] = _ => [("registrar", "/Registrar/VideoSessions")],
            ["/Registrar/Registrations/Index"] = _ => [("registrar", "/Registrar/Registrations")],
        };

    /// <summary>Every visit for <paramref name="data"/>, grouped by role in plan order.</summary>
    public static IEnumerable<PageVisit> For(CabinetData data) =>
        Visits.SelectMany(p => p.Value(data).Select(v => new PageVisit(p.Key, v.Role, v.Url)));

    /// <summary>The Razor pages the app serves, read from its endpoint data sources (view-engine paths, e.g. <c>/Officer/Leases/Details</c>).</summary>
    public static IReadOnlySet<string> PageRoutes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
}
