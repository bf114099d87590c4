using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Recipients;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class RecipientListConfiguration : IEntityTypeConfiguration<RecipientList>
{
    public void Configure(EntityTypeBuilder<RecipientList> b)
    {
        b.ToTable("recipient_lists");
        b.Property(x => x.Source).HasMaxLength(300);
        b.Property(x => x.ImportedByIin).HasMaxLength(12);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.FileSha256).HasMaxLength(64);
        b.HasMany(x => x.Entries).WithOne().HasForeignKey(e => e.RecipientListId).OnDelete(DeleteBehavior.Cascade);
    }
}
