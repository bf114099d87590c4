using Org.BouncyCastle.X509;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Applications.Checks.Sources;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Security;

/// <summary>
/// The one rule that keeps test trust out of a real deployment (issue 15 §1): outside Development the platform starts
/// only when every <see cref="StandIn"/> is configured off and real trust anchors, keys and endpoints are given.
/// Checked once the services are built and before anything starts, so nothing is created on the way to the refusal.
/// </summary>
public static class ProductionReadiness
{
    /// <summary>Every certificate of the test PKI (<c>rto pki init</c>) is named "NCA RK TEST …".</summary>
    public const string TestPkiNameMark = "NCA RK TEST";

    /// <summary>Throws when the environment is not Development and <see cref="Problems"/> finds anything.</summary>
    /// <exception cref="ProductionReadinessException">Lists each missing or unsafe setting.</exception>
    public static void EnsureReady(WebApplication app)
    {
        if (app.Environment.IsDevelopment()) return;
        var problems = Problems(app.Configuration, app.Services.GetRequiredService<IServiceProviderIsService>(),
            app.Services.GetRequiredService<EdsTrust>().Directory);
        if (problems.Count > 0) throw new ProductionReadinessException(app.Environment.EnvironmentName, problems);
    }

    /// <summary>What stops a production start, one line per setting, each naming its key.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration c, IServiceProviderIsService registered, string pkiDirectory)
    {
        var problems = new List<string>();
        foreach (var standIn in StandIn.All.Where(s => s.IsActive(c)))
        {
            if (standIn == StandIn.InProcessWitness)
            {
                if (!c.GetValue(standIn.Key, false)) problems.Add($"{standIn.Key}: {standIn.Off}");
            }
            else if (standIn == StandIn.InProcessCadastre)
            {
                problems.Add($"{standIn.Key}: empty, so the cadastre simulator runs in-process; {standIn.Off}");
            }
            else
            {
                problems.Add($"{standIn.Key}: the {standIn.Id} stand-in is on; {standIn.Off}");
            }
        }

        if (!StandIn.InProcessCadastre.IsActive(c) && !IsHttps(c["Kadastr:Endpoint"]))
        {
            problems.Add($"Kadastr:Endpoint: '{c["Kadastr:Endpoint"]}' is not an https:// address (the token would travel in plaintext)");
        }

        if (string.IsNullOrWhiteSpace(c["Kadastr:AuthToken"])) problems.Add("Kadastr:AuthToken: the cadastre's bearer token is required");

        if (!string.IsNullOrWhiteSpace(c["Ledger:Endpoint"]))
        {
            // The shared log service (issue 17): reached over TLS with its token, like the cadastre.
            if (!IsHttps(c["Ledger:Endpoint"])) problems.Add($"Ledger:Endpoint: '{c["Ledger:Endpoint"]}' is not an https:// address (the token would travel in plaintext)");
            if (string.IsNullOrWhiteSpace(c["Ledger:Token"])) problems.Add("Ledger:Token: the log service's bearer token is required with Ledger:Endpoint");
        }

        problems.AddRange(ClusterProblems(c));

        if (!StandIn.SandboxPayments.IsActive(c))
        {
            var path = c["Payments:ProviderPublicKeyPath"];
            if (string.IsNullOrWhiteSpace(c["Payments:ProviderPublicKeyPem"]) && string.IsNullOrWhiteSpace(path))
            {
                problems.Add("Payments:ProviderPublicKeyPem (or Payments:ProviderPublicKeyPath): the acquirer's callback-signing public key is required");
            }
            else if (string.IsNullOrWhiteSpace(c["Payments:ProviderPublicKeyPem"]) && !File.Exists(path))
            {
                problems.Add($"Payments:ProviderPublicKeyPath: no file at {path}");
            }
        }

        if (!IsHttps(c["Payments:CallbackBaseUrl"]))
        {
            problems.Add("Payments:CallbackBaseUrl: the platform's public https:// address the acquirer posts callbacks to is required");
        }

        if (!IsHttps(c["Sms:PortalUrl"])) problems.Add("Sms:PortalUrl: the portal's public https:// address (written into the A.7 SMS) is required");

        Require<IPaymentProvider>(StandIn.SandboxPayments, "bank acquirer adapter");
        Require<ISmsSender>(StandIn.SandboxSms, "SMS gateway adapter");
        Require<IConsentService>(StandIn.LocalConsent, "ДҚБ consent service adapter");
        Require<ICreditBureau>(StandIn.LocalReviewSources, "credit bureau adapter");
        Require<ICourtRecords>(StandIn.LocalReviewSources, "court records adapter");
        Require<IAffiliateRegistry>(StandIn.LocalReviewSources, "KTK affiliate list adapter");
        Require<IFinancingList>(StandIn.LocalReviewSources, "financing list adapter");
        Require<IPersonRegistry>(StandIn.LocalReviewSources, "ЖТ МДБ person registry adapter");
        Require<ICivilRegistry>(StandIn.LocalReviewSources, "АХАЖ civil registry adapter"); // A.15.1 marital status and children
        Require<IEmploymentRegistry>(StandIn.LocalReviewSources, "pension-contribution (employer) adapter"); // A.15.1 employer
        Require<RentToOwn.Platform.Courts.ICourtDecisionRegistry>(StandIn.LocalCourtDecisions, "court-records adapter"); // seed 000

        problems.AddRange(TrustProblems(pkiDirectory));
        return problems;

        void Require<T>(StandIn standIn, string what)
        {
            if (!standIn.IsActive(c) && !registered.IsService(typeof(T)))
            {
                problems.Add($"{typeof(T).Name}: {standIn.Key} is false but no {what} is registered");
            }
        }
    }

    /// <summary>
    /// Several instances (issue 17 §2): once any cluster setting is given (<c>Cluster:Redis</c>,
    /// <c>Cluster:DataProtectionKeysDirectory</c>, <c>Scheduling:Clustered</c>), all that instances must share is required —
    /// one PostgreSQL, Quartz clustered, the Redis backplane, one key ring, a shared ledger (not a log file per instance).
    /// A half-configured cluster would log people out between instances, run jobs twice or split the ledger.
    /// </summary>
    public static IEnumerable<string> ClusterProblems(IConfiguration c)
    {
        if (!RentToOwn.Platform.Cluster.ClusterOptions.AnyConfigured(c)) yield break;
        const string why = "several instances need it";
        if (!string.Equals(c["Database:Provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"Database:Provider: PostgreSql is required when instances share the platform ({why}; SQLite is one process's file)";
        }

        if (Scheduling.SchedulingOptions.IsEnabled(c) && !c.GetValue("Scheduling:Clustered", false))
        {
            yield return $"Scheduling:Clustered: true is required ({why}: otherwise every instance runs every job)";
        }

        if (string.IsNullOrWhiteSpace(c["Cluster:Redis"]))
        {
            yield return $"Cluster:Redis: the Redis backplane is required ({why}: video rooms span instances)";
        }

        if (string.IsNullOrWhiteSpace(c["Cluster:DataProtectionKeysDirectory"]))
        {
            yield return $"Cluster:DataProtectionKeysDirectory: a shared key ring is required ({why}: a cookie from one instance must open on another)";
        }

        var backend = c["Ledger:Backend"];
        var shared = !string.IsNullOrWhiteSpace(c["Ledger:Endpoint"])
            || string.Equals(backend, "Evm", StringComparison.OrdinalIgnoreCase) || string.Equals(backend, "Fabric", StringComparison.OrdinalIgnoreCase);
        if (!shared)
        {
            yield return $"Ledger:Endpoint: the log service (rto ledger serve) or a shared backend is required ({why}: an embedded log per instance splits the ledger)";
        }
    }

    /// <summary>Production trust: NCA's roots only, no test PKI folder, no test root.</summary>
    public static IEnumerable<string> TrustProblems(string pkiDirectory)
    {
        if (File.Exists(Path.Combine(pkiDirectory, "manifest.json")) || Directory.Exists(Path.Combine(pkiDirectory, "ca")))
        {
            yield return $"Eds:PkiDirectory: {pkiDirectory} holds a test PKI (manifest.json, CA keys): use a folder with NCA's trust/ only";
            yield break;
        }

        var trustDir = Path.Combine(pkiDirectory, "trust");
        if (!Directory.Exists(trustDir))
        {
            yield return $"Eds:PkiDirectory: no trust/ folder in {pkiDirectory}: put NCA's root and intermediate certificates and CRLs there";
            yield break;
        }

        var store = TrustStore.FromDirectory(trustDir);
        if (store.Anchors.Count == 0)
        {
            yield return $"Eds:PkiDirectory: {trustDir} holds no root certificate: put NCA's roots there";
        }
        else if (store.Anchors.FirstOrDefault(IsTestRoot) is { } test)
        {
            yield return $"Eds:PkiDirectory: {trustDir} trusts the test root '{test.SubjectDN}': remove it";
        }
    }

    /// <summary>Refuses (in any environment) a trust folder that holds the test root together with other roots.</summary>
    /// <exception cref="InvalidOperationException">The folder mixes them; the message names both.</exception>
    public static void RefuseMixedTrust(TrustStore store, string trustDir)
    {
        var test = store.Anchors.Where(IsTestRoot).ToArray();
        var other = store.Anchors.Where(a => !IsTestRoot(a)).ToArray();
        if (test.Length > 0 && other.Length > 0)
        {
            throw new InvalidOperationException($"Eds: the trust folder {trustDir} mixes the test root '{test[0].SubjectDN}' with other roots "
                + $"('{string.Join("', '", other.Select(o => o.SubjectDN.ToString()))}'): keep the test PKI and real trust in separate folders");
        }
    }

    /// <summary>True for a root of the test PKI.</summary>
    public static bool IsTestRoot(X509Certificate root) =>
        root.SubjectDN.ToString().Contains("CN=" + TestPkiNameMark, StringComparison.OrdinalIgnoreCase);

    private static bool IsHttps(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps;
}
