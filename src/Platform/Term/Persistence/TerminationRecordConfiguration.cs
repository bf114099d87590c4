using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Term.Courts;

namespace RentToOwn.Platform.Term.Persistence;

internal sealed class TerminationRecordConfiguration : IEntityTypeConfiguration<TerminationRecord>
{
    public void Configure(EntityTypeBuilder<TerminationRecord> b)
    {
        b.ToTable("lease_terminations");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Ground).HasMaxLength(500);
        b.Property(x => x.CourtName).HasMaxLength(200);
        b.Property(x => x.CaseNumber).HasMaxLength(60);
        b.Property(x => x.DecisionFileName).HasMaxLength(200);
        b.Property(x => x.DecisionContentType).HasMaxLength(40);
        b.Property(x => x.DocumentSha256).HasMaxLength(64);
        b.Property(x => x.SignerIin).HasMaxLength(12);
        b.Property(x => x.ConsideredFamily).HasMaxLength(8000);
        b.HasIndex(x => x.LeaseId);
        b.HasOne<LeaseRecord>().WithMany().HasForeignKey(x => x.LeaseId);
    }
}
