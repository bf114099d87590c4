using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RentToOwn.Platform.Payments.Persistence;

internal sealed class PaymentHandlerRunConfiguration : IEntityTypeConfiguration<PaymentHandlerRun>
{
    public void Configure(EntityTypeBuilder<PaymentHandlerRun> b)
    {
        b.ToTable("payment_handler_runs");
        b.Property(x => x.Handler).HasMaxLength(300);
        b.HasIndex(x => new { x.PaymentId, x.Handler }).IsUnique();
        b.HasOne<PaymentRecord>().WithMany().HasForeignKey(x => x.PaymentId).OnDelete(DeleteBehavior.Cascade);
    }
}
