using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RentToOwn.Platform.Identity.Sessions;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("user_sessions");
        b.Property(x => x.CertificateSerial).HasMaxLength(64);
        b.Property(x => x.CertificateIssuer).HasMaxLength(512);
        b.Property(x => x.RevokedReason).HasMaxLength(40);
        b.HasIndex(x => x.AccountId);
    }
}
