using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Registration.Persistence;

internal sealed class RegistrationEventConfiguration : IEntityTypeConfiguration<RegistrationEvent>
{
    public void Configure(EntityTypeBuilder<RegistrationEvent> b)
    {
        b.ToTable("registration_events");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CadastreId).HasMaxLength(128);
        b.Property(x => x.Code).HasMaxLength(64);
        b.Property(x => x.ReasonCode).HasMaxLength(64);
        b.Property(x => x.LegalBasis).HasMaxLength(32);
        b.Property(x => x.TextKk).HasMaxLength(1000);
        b.Property(x => x.TextRu).HasMaxLength(1000);
        b.Property(x => x.NoticeInbox).HasMaxLength(32);
        b.HasIndex(x => x.RegistrationId);
        b.HasIndex(x => x.ReceiptId);
        b.HasIndex(x => new { x.CadastreId, x.Sequence }).IsUnique();
        b.HasOne<RegistrationApplication>().WithMany().HasForeignKey(x => x.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
