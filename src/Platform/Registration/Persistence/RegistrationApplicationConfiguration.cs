using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Registration.Persistence;

internal sealed class RegistrationApplicationConfiguration : IEntityTypeConfiguration<RegistrationApplication>
{
    public void Configure(EntityTypeBuilder<RegistrationApplication> b)
    {
        b.ToTable("registration_applications");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.BasisKind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.BasisTitle).HasMaxLength(300);
        b.Property(x => x.FormSigner).HasMaxLength(12);
        b.Property(x => x.FormSignerIin).HasMaxLength(12);
        b.Property(x => x.KtkFormSignerIin).HasMaxLength(12);
        b.Property(x => x.PaymentReference).HasMaxLength(100);
        b.Property(x => x.CadastreId).HasMaxLength(128);
        b.Property(x => x.SubmittedSha256).HasMaxLength(64);
        b.Property(x => x.ReasonCode).HasMaxLength(64);
        b.Property(x => x.LegalBasis).HasMaxLength(32);
        b.Property(x => x.ReasonKk).HasMaxLength(1000);
        b.Property(x => x.ReasonRu).HasMaxLength(1000);
        b.Property(x => x.EntryNumber).HasMaxLength(64);
        b.Property(x => x.CourtDecisionTitle).HasMaxLength(300);
        b.Property(x => x.CourtDecisionSha256).HasMaxLength(64);
        b.Ignore(x => x.IsFinal);
        b.Ignore(x => x.IsCourtOrdered);
        b.Ignore(x => x.NeedsKtkCertification);
        b.HasIndex(x => x.LeaseId);
        b.HasIndex(x => x.CadastreId).IsUnique();
        b.HasOne<LeaseRecord>().WithMany().HasForeignKey(x => x.LeaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.BasisSignatures).WithOne().HasForeignKey(x => x.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
