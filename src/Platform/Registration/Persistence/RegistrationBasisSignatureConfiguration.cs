using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Registration.Persistence;

internal sealed class RegistrationBasisSignatureConfiguration : IEntityTypeConfiguration<RegistrationBasisSignature>
{
    public void Configure(EntityTypeBuilder<RegistrationBasisSignature> b)
    {
        b.ToTable("registration_basis_signatures");
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ExpectedSigner).HasMaxLength(12);
        b.HasIndex(x => new { x.RegistrationId, x.Position }).IsUnique();
    }
}
