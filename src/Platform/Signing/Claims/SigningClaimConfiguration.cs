using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RentToOwn.Platform.Signing.Claims;

internal sealed class SigningClaimConfiguration : IEntityTypeConfiguration<SigningClaim>
{
    public void Configure(EntityTypeBuilder<SigningClaim> b)
    {
        b.ToTable("signing_claims");
        // The primary key is the claim: a second insert of the same step fails on every provider and every instance.
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasMaxLength(200);
        b.Property(x => x.Token).IsConcurrencyToken();
    }
}
