using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RentToOwn.Platform.Housing.Persistence;

internal sealed class FlatConfiguration : IEntityTypeConfiguration<Flat>
{
    public void Configure(EntityTypeBuilder<Flat> b)
    {
        b.ToTable("flats");
        b.Property(x => x.CadastralNumber).HasMaxLength(40);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.City).HasMaxLength(100);
        b.Property(x => x.TotalArea).HasPrecision(9, 2);
        b.Property(x => x.LivingArea).HasPrecision(9, 2);
        b.HasIndex(x => x.CadastralNumber).IsUnique();
        // Two tenants never hold the same flat, and one application never holds two (also under concurrent approvals).
        b.HasIndex(x => x.HolderApplicationId).IsUnique();
        b.HasIndex(x => new { x.State, x.Rooms });
    }
}
