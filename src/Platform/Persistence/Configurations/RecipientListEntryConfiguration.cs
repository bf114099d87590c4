using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Recipients;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class RecipientListEntryConfiguration : IEntityTypeConfiguration<RecipientListEntry>
{
    public void Configure(EntityTypeBuilder<RecipientListEntry> b)
    {
        b.ToTable("recipient_list_entries");
        b.Property(x => x.Iin).HasMaxLength(12);
        b.Property(x => x.FullName).HasMaxLength(300);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Category).HasMaxLength(40);
        b.HasIndex(x => new { x.RecipientListId, x.Iin }).IsUnique();
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
