using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Leases;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class LeaseRecordConfiguration : IEntityTypeConfiguration<LeaseRecord>
{
    public void Configure(EntityTypeBuilder<LeaseRecord> b)
    {
        b.ToTable("leases");
        b.Property(x => x.Number).HasMaxLength(40);
        b.HasIndex(x => x.Number).IsUnique();
        b.Property(x => x.City).HasMaxLength(100);
        b.Property(x => x.AnnualRatePercent).HasPrecision(9, 4);
        b.Property(x => x.TenantName).HasMaxLength(300);
        b.Property(x => x.TenantIin).HasMaxLength(12);
        b.Property(x => x.SpouseName).HasMaxLength(300);
        b.Property(x => x.SpouseIin).HasMaxLength(12);
        b.Property(x => x.LessorName).HasMaxLength(300);
        b.Property(x => x.LessorBin).HasMaxLength(12);
        b.Property(x => x.ContractSha256).HasMaxLength(64);
        b.HasIndex(x => x.TenantIin);
        b.HasIndex(x => x.ApplicationId).IsUnique();
        b.OwnsOne(x => x.Flat, f =>
        {
            f.Property(p => p.CadastralNumber).HasColumnName("flat_cadastral_number").HasMaxLength(40);
            f.Property(p => p.Address).HasColumnName("flat_address").HasMaxLength(500);
            f.Property(p => p.TotalArea).HasColumnName("flat_total_area").HasPrecision(9, 2);
            f.Property(p => p.LivingArea).HasColumnName("flat_living_area").HasPrecision(9, 2);
            f.Property(p => p.Rooms).HasColumnName("flat_rooms");
        });
        b.Navigation(x => x.Flat).IsRequired();
        b.OwnsMany(x => x.Guarantors, g =>
        {
            g.ToTable("lease_guarantors");
            g.WithOwner().HasForeignKey("LeaseId");
            g.HasKey("LeaseId", nameof(LeaseGuarantor.Order));
            g.Property(p => p.Name).HasMaxLength(300);
            g.Property(p => p.Iin).HasMaxLength(12);
            g.Property(p => p.Bin).HasMaxLength(12);
        });
    }
}
