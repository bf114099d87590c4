using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RentToOwn.Platform.Payments.Persistence;

internal sealed class PaymentRecordConfiguration : IEntityTypeConfiguration<PaymentRecord>
{
    public void Configure(EntityTypeBuilder<PaymentRecord> b)
    {
        b.ToTable("payments");
        b.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.SubjectId).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.ProviderReference).HasMaxLength(100);
        b.Property(x => x.CheckoutUrl).HasMaxLength(500);
        b.Property(x => x.FailureReason).HasMaxLength(500);
        b.HasIndex(x => x.ProviderReference).IsUnique();
        b.HasIndex(x => new { x.Purpose, x.SubjectId });
        b.HasIndex(x => new { x.Status, x.HandlersDoneAt });
    }
}
