using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Term.Notices;

namespace RentToOwn.Platform.Term.Persistence;

internal sealed class TermNoticeConfiguration : IEntityTypeConfiguration<TermNotice>
{
    public void Configure(EntityTypeBuilder<TermNotice> b)
    {
        b.ToTable("term_notices");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.LeaseId, x.Period, x.Kind }).IsUnique(); // idempotent per period
        b.HasOne<LeaseRecord>().WithMany().HasForeignKey(x => x.LeaseId);
    }
}
