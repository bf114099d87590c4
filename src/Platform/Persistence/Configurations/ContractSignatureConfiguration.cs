using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Leases;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class ContractSignatureConfiguration : IEntityTypeConfiguration<ContractSignature>
{
    public void Configure(EntityTypeBuilder<ContractSignature> b)
    {
        b.ToTable("contract_signatures");
        b.Property(x => x.Role).HasMaxLength(20);
        b.Property(x => x.SignerIin).HasMaxLength(12);
        // A.18: one signature per step; a concurrent second one fails on this index.
        b.HasIndex(x => new { x.LeaseId, x.Step }).IsUnique();
        b.HasOne<LeaseRecord>().WithMany().HasForeignKey(x => x.LeaseId);
    }
}
