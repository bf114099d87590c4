namespace RentToOwn.Cli.Demo;

/// <summary>The demo users, each with its own EDS-authenticated session (keys from the platform's test PKI).</summary>
public sealed class DemoParties : IDisposable
{
    /// <summary>Creates the clients; nobody is logged in yet.</summary>
    public DemoParties(Uri url, string pki)
    {
        Officer = new DemoUser(url, pki, "ktk-officer");
        Tenant = new DemoUser(url, pki, "tenant");
        Guarantor = new DemoUser(url, pki, "guarantor");
        Head = new DemoUser(url, pki, "ktk-head");
        Spouse = new DemoUser(url, pki, "spouse");
        Registrar = new DemoUser(url, pki, "registrar");
    }

    /// <summary>Given clients (e.g. the benchmark's distinct parties per lease); disposed with this.</summary>
    public DemoParties(DemoUser officer, DemoUser tenant, DemoUser guarantor, DemoUser head, DemoUser spouse, DemoUser registrar) =>
        (Officer, Tenant, Guarantor, Head, Spouse, Registrar) = (officer, tenant, guarantor, head, spouse, registrar);

    /// <summary>KTK officer (the KTK representative of A.19, A.21, A.29).</summary>
    public DemoUser Officer { get; }

    /// <summary>The tenant (service recipient).</summary>
    public DemoUser Tenant { get; }

    /// <summary>The guarantor.</summary>
    public DemoUser Guarantor { get; }

    /// <summary>KTK's head (signs for KTK).</summary>
    public DemoUser Head { get; }

    /// <summary>The tenant's spouse.</summary>
    public DemoUser Spouse { get; }

    /// <summary>The State Corporation's registrar.</summary>
    public DemoUser Registrar { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var u in new[] { Officer, Tenant, Guarantor, Head, Spouse, Registrar }) u.Dispose();
    }
}
