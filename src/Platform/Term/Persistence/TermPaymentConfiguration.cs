using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Term.Payments;

namespace RentToOwn.Platform.Term.Persistence;

internal sealed class TermPaymentConfiguration : IEntityTypeConfiguration<TermPayment>
{
    public void Configure(EntityTypeBuilder<TermPayment> b)
    {
        b.ToTable("term_payments");
        b.Property(x => x.Id).ValueGeneratedNever(); // the payment id: the handlers are idempotent on it
        b.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ProviderReference).HasMaxLength(200);
        b.HasIndex(x => new { x.LeaseId, x.Period });
        b.HasOne<LeaseRecord>().WithMany().HasForeignKey(x => x.LeaseId);
    }
}
