using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Registration.Persistence;

internal sealed class RegistrationAlertConfiguration : IEntityTypeConfiguration<RegistrationAlert>
{
    public void Configure(EntityTypeBuilder<RegistrationAlert> b)
    {
        b.ToTable("registration_alerts");
        b.Property(x => x.Message).HasMaxLength(1000);
        b.HasIndex(x => x.RegistrationId).IsUnique();
        b.HasOne<RegistrationApplication>().WithMany().HasForeignKey(x => x.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
