using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Auditing;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_log");
        b.Property(x => x.Actor).HasMaxLength(40);
        b.Property(x => x.SubjectIin).HasMaxLength(12);
        b.Property(x => x.Action).HasMaxLength(80);
        b.Property(x => x.Resource).HasMaxLength(200);
        b.HasIndex(x => x.SubjectIin);
    }
}
