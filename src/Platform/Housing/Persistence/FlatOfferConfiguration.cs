using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RentToOwn.Platform.Housing.Persistence;

internal sealed class FlatOfferConfiguration : IEntityTypeConfiguration<FlatOffer>
{
    public void Configure(EntityTypeBuilder<FlatOffer> b)
    {
        b.ToTable("flat_offers");
        b.HasIndex(x => x.ApplicationId);
        // Accept and decline race on the same offer: the second save fails (409).
        b.Property(x => x.Status).IsConcurrencyToken();
        b.HasOne<Flat>().WithMany().HasForeignKey(x => x.FlatId).OnDelete(DeleteBehavior.Restrict);
    }
}
