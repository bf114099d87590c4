using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class LoginChallengeConfiguration : IEntityTypeConfiguration<LoginChallenge>
{
    public void Configure(EntityTypeBuilder<LoginChallenge> b)
    {
        b.ToTable("login_challenges");
        b.HasKey(x => x.Nonce);
        b.Property(x => x.Nonce).HasMaxLength(64);
        b.HasIndex(x => x.ExpiresAt);
    }
}
