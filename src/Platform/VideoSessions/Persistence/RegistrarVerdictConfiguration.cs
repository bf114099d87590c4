using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions.Persistence;

internal sealed class RegistrarVerdictConfiguration : IEntityTypeConfiguration<RegistrarVerdict>
{
    public void Configure(EntityTypeBuilder<RegistrarVerdict> b)
    {
        b.ToTable("registrar_verdicts");
        b.HasIndex(x => x.SessionId).IsUnique();
        b.HasIndex(x => x.ReceiptId);
        b.Property(x => x.Remark).HasMaxLength(2000);
        b.Property(x => x.Document).HasMaxLength(16384);
        b.Property(x => x.Signature).HasMaxLength(65536);
        b.Property(x => x.CertificateFingerprint).HasMaxLength(64);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.RegistrarAccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
