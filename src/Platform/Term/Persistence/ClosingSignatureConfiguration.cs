using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Term.Closing;

namespace RentToOwn.Platform.Term.Persistence;

internal sealed class ClosingSignatureConfiguration : IEntityTypeConfiguration<ClosingSignature>
{
    public void Configure(EntityTypeBuilder<ClosingSignature> b)
    {
        b.ToTable("closing_signatures");
        b.Property(x => x.Document).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Role).HasMaxLength(20);
        b.Property(x => x.SignerIin).HasMaxLength(12);
        b.HasIndex(x => new { x.ClosingId, x.Document, x.Step }).IsUnique();
    }
}
