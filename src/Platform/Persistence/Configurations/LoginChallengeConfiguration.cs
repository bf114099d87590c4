using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class LoginChallengeConfiguration : IEntityTypeConfiguration<LoginChallenge>
{
    public void Configure(EntityTypeBuilder<LoginChallenge> b)
    {
        b.ToTable("login_challenges");
        b.Property(x => x.Data).HasMaxLength(512);
        b.Property(x => x.UsedAt).IsConcurrencyToken();
        b.HasIndex(x => x.ExpiresAt);
    }
}
