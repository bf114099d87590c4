using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Ledger;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class StoredReceiptConfiguration : IEntityTypeConfiguration<StoredReceipt>
{
    public void Configure(EntityTypeBuilder<StoredReceipt> b)
    {
        b.ToTable("ledger_receipts");
        b.Property(x => x.Kind).HasMaxLength(40);
        b.Property(x => x.SubjectId).HasMaxLength(80);
        b.Property(x => x.CertificateSha256).HasMaxLength(64);
        b.HasIndex(x => x.SubjectId);
        b.HasIndex(x => x.LeafIndex);
        b.Property(x => x.SignatureSha256).HasMaxLength(64);
        b.HasIndex(x => x.CertificateSha256);
        b.HasIndex(x => x.SignatureSha256);
    }
}
