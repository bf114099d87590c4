using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> b)
    {
        b.ToTable("users");
        b.Property(x => x.Iin).HasMaxLength(12);
        b.HasIndex(x => x.Iin).IsUnique();
        b.Property(x => x.FullName).HasMaxLength(300);
        b.Property(x => x.Phone).HasMaxLength(20);
    }
}
