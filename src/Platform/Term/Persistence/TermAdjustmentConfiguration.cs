using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Term.Refunds;

namespace RentToOwn.Platform.Term.Persistence;

internal sealed class TermAdjustmentConfiguration : IEntityTypeConfiguration<TermAdjustment>
{
    public void Configure(EntityTypeBuilder<TermAdjustment> b)
    {
        b.ToTable("term_adjustments");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Reason).HasMaxLength(40);
        b.Property(x => x.RefundReference).HasMaxLength(100);
        b.HasIndex(x => new { x.PaymentId, x.Kind }).IsUnique();
        b.HasIndex(x => x.LeaseId);
        b.HasOne<LeaseRecord>().WithMany().HasForeignKey(x => x.LeaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
