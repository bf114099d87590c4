using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RentToOwn.Platform.Applications.Checks.Persistence;

internal sealed class ReviewCheckConfiguration : IEntityTypeConfiguration<ReviewCheck>
{
    public void Configure(EntityTypeBuilder<ReviewCheck> b)
    {
        b.ToTable("review_checks");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.SubjectRole).HasMaxLength(32);
        b.Property(x => x.SubjectIin).HasMaxLength(12);
        b.Property(x => x.ReasonKey).HasMaxLength(64);
        b.Property(x => x.ReasonArgs).HasMaxLength(2000);
        b.Property(x => x.Source).HasMaxLength(64);
        b.Property(x => x.CheckedByIin).HasMaxLength(12);
        b.Property(x => x.OverrideReason).HasMaxLength(1000);
        b.Property(x => x.OverriddenByIin).HasMaxLength(12);
        b.Ignore(x => x.Args);
        b.Ignore(x => x.Blocks);
        b.HasOne<TenantApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ApplicationId);
    }
}
