namespace RentToOwn.Platform.Identity;

/// <summary>The first page to open after login, by role.</summary>
public static class CabinetHome
{
    /// <summary>The home of the most specific cabinet among <paramref name="roles"/>.</summary>
    public static string For(IReadOnlyCollection<string> roles) =>
        roles.Contains(CabinetPolicies.Head) ? "/Head" // what waits for the head's signature
        : roles.Contains(CabinetPolicies.Officer) ? "/Officer" // the officer's work queues
        : roles.Contains(CabinetPolicies.Registrar) ? "/Registrar/VideoSessions"
        : roles.Contains(CabinetPolicies.Tenant) ? "/Tenant" // the journey dashboard
        : roles.Contains(CabinetPolicies.Guarantor) ? "/Guarantor"
        : roles.Contains(CabinetPolicies.Spouse) ? "/Spouse"
        : "/";
}
