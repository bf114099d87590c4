using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Payments.Sandbox;

namespace RentToOwn.Platform.Payments.Persistence;

internal sealed class SandboxOrderConfiguration : IEntityTypeConfiguration<SandboxOrder>
{
    public void Configure(EntityTypeBuilder<SandboxOrder> b)
    {
        b.ToTable("sandbox_acquirer_orders");
        b.HasKey(x => x.Reference);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.LastError).HasMaxLength(500);
        b.Property(x => x.RefundReference).HasMaxLength(100);
        b.HasIndex(x => x.PaymentId).IsUnique();
        b.HasIndex(x => x.CallbackDueAt);
    }
}
