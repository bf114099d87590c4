using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RentToOwn.Platform.Signing.EgovMobile;

internal sealed class EgovMobileProcedureConfiguration : IEntityTypeConfiguration<EgovMobileProcedure>
{
    public void Configure(EntityTypeBuilder<EgovMobileProcedure> b)
    {
        b.ToTable("egov_mobile_procedures");
        b.HasKey(x => x.Id);
        b.Property(x => x.PhoneTokenHash).HasMaxLength(32);
        b.Property(x => x.PageTokenHash).HasMaxLength(32);
        b.Property(x => x.LoginNonce).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Purpose).HasMaxLength(32).HasDefaultValue(EgovMobilePurposes.Document);
        b.HasIndex(x => x.ExpiresAt);
    }
}
