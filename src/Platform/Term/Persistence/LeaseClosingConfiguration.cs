using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Term.Closing;

namespace RentToOwn.Platform.Term.Persistence;

internal sealed class LeaseClosingConfiguration : IEntityTypeConfiguration<LeaseClosing>
{
    public void Configure(EntityTypeBuilder<LeaseClosing> b)
    {
        b.ToTable("lease_closings");
        b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.LetterNumber).HasMaxLength(60);
        b.Property(x => x.LetterSha256).HasMaxLength(64);
        b.Property(x => x.TransferSha256).HasMaxLength(64);
        b.HasIndex(x => x.LeaseId).IsUnique(); // one closing per lease; a concurrent second fails here
        b.HasOne<LeaseRecord>().WithMany().HasForeignKey(x => x.LeaseId);
        b.HasMany(x => x.Signatures).WithOne().HasForeignKey(s => s.ClosingId).OnDelete(DeleteBehavior.Cascade);
    }
}
