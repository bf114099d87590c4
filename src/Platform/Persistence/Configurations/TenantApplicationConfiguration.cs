using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Applications;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class TenantApplicationConfiguration : IEntityTypeConfiguration<TenantApplication>
{
    public void Configure(EntityTypeBuilder<TenantApplication> b)
    {
        b.ToTable("applications");
        b.Property(x => x.TenantIin).HasMaxLength(12);
        b.HasIndex(x => x.TenantIin);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Employer).HasMaxLength(300);
        b.Property(x => x.Position).HasMaxLength(200);
        b.Property(x => x.SpouseIin).HasMaxLength(12);
        b.Property(x => x.AssignedOfficerIin).HasMaxLength(12);
        b.Property(x => x.RefusalReasons).HasMaxLength(4000);
        b.Property(x => x.GuarantorRequestReason).HasMaxLength(2000);
        b.Property(x => x.DecidedByIin).HasMaxLength(12);
        b.HasIndex(x => new { x.AssignedOfficerIin, x.Status });
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Guarantors).WithOne().HasForeignKey(g => g.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
