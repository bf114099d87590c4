using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Consents;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class PersonalDataConsentConfiguration : IEntityTypeConfiguration<PersonalDataConsent>
{
    public void Configure(EntityTypeBuilder<PersonalDataConsent> b)
    {
        b.ToTable("consents");
        b.Property(x => x.SubjectIin).HasMaxLength(12);
        b.Property(x => x.Purpose).HasMaxLength(40);
        b.Property(x => x.FormVersion).HasMaxLength(40);
        b.HasIndex(x => x.SubjectIin);
    }
}
