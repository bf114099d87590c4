using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Applications;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class GuarantorInvitationConfiguration : IEntityTypeConfiguration<GuarantorInvitation>
{
    public void Configure(EntityTypeBuilder<GuarantorInvitation> b)
    {
        b.ToTable("guarantor_invitations");
        b.Property(x => x.GuarantorIin).HasMaxLength(12);
        b.HasIndex(x => new { x.ApplicationId, x.GuarantorIin }).IsUnique();
        b.HasIndex(x => x.GuarantorIin);
    }
}
