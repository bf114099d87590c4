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
        b.Property(x => x.GuarantorBin).HasMaxLength(12);
        b.Property(x => x.Employer).HasMaxLength(300);
        b.Property(x => x.Position).HasMaxLength(200);
        b.Ignore(x => x.IsOrganisation);
        b.HasIndex(x => new { x.ApplicationId, x.GuarantorIin }).IsUnique();
        b.HasIndex(x => new { x.ApplicationId, x.GuarantorBin }).IsUnique();
        b.HasIndex(x => x.GuarantorIin);
        b.HasIndex(x => x.GuarantorBin);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(d => d.InvitationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GuarantorDocumentConfiguration : IEntityTypeConfiguration<GuarantorDocument>
{
    public void Configure(EntityTypeBuilder<GuarantorDocument> b)
    {
        b.ToTable("guarantor_documents");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.ContentType).HasMaxLength(60);
        b.Property(x => x.Sha256).HasMaxLength(64);
    }
}
