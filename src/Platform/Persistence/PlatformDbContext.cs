using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Auditing;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Recipients;

namespace RentToOwn.Platform.Persistence;

/// <summary>
/// The platform's database. One model, two providers: <see cref="SqlitePlatformDbContext"/> and
/// <see cref="PostgreSqlPlatformDbContext"/> only exist so each provider has its own migration set.
/// Inject <see cref="PlatformDbContext"/>; the configured provider is behind it.
/// </summary>
public abstract class PlatformDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Platform directory.</summary>
    public DbSet<UserAccount> Users => Set<UserAccount>();

    /// <summary>Uploaded akimat lists (A.6).</summary>
    public DbSet<RecipientList> RecipientLists => Set<RecipientList>();

    /// <summary>Rows of the uploaded lists.</summary>
    public DbSet<RecipientListEntry> RecipientListEntries => Set<RecipientListEntry>();

    /// <summary>SMS outbox (A.7).</summary>
    public DbSet<SmsMessage> SmsOutbox => Set<SmsMessage>();

    /// <summary>ДҚБ consents (A.9).</summary>
    public DbSet<PersonalDataConsent> Consents => Set<PersonalDataConsent>();

    /// <summary>Audit log of personal-data reads.</summary>
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <summary>EDS login challenges.</summary>
    public DbSet<LoginChallenge> LoginChallenges => Set<LoginChallenge>();

    /// <summary>Tenants' applications (A.8).</summary>
    public DbSet<TenantApplication> Applications => Set<TenantApplication>();

    /// <summary>A.10 documents.</summary>
    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();

    /// <summary>A.11 guarantor invitations.</summary>
    public DbSet<GuarantorInvitation> GuarantorInvitations => Set<GuarantorInvitation>();

    /// <summary>A.12 → A.10: the guarantors' own documents.</summary>
    public DbSet<GuarantorDocument> GuarantorDocuments => Set<GuarantorDocument>();

    /// <summary>Ledger receipts of accepted signatures (A.18).</summary>
    public DbSet<StoredReceipt> LedgerReceipts => Set<StoredReceipt>();

    /// <summary>Leases (A.17).</summary>
    public DbSet<LeaseRecord> Leases => Set<LeaseRecord>();

    /// <summary>Accepted contract signatures (A.18).</summary>
    public DbSet<ContractSignature> ContractSignatures => Set<ContractSignature>();

    /// <summary>A.14–A.15 review check results.</summary>
    public DbSet<Applications.Checks.ReviewCheck> ReviewChecks => Set<Applications.Checks.ReviewCheck>();

    /// <inheritdoc />
    /// <summary>KTK's housing stock (A.5, A.17).</summary>
    public DbSet<Housing.Flat> Flats => Set<Housing.Flat>();

    /// <summary>Flat offers to approved applications and the tenants' answers (A.17).</summary>
    public DbSet<Housing.FlatOffer> FlatOffers => Set<Housing.FlatOffer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
        // Issue 17: documents compared as spans, not byte by byte (ByteArrayComparer).
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(byte[])))
        {
            property.SetValueComparer(Conversions.ByteArrayComparer.Instance);
        }
    }
}
