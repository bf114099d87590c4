using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Term.Payments;

namespace RentToOwn.Platform.Term.Persistence;

internal sealed class BuyoutOfferConfiguration : IEntityTypeConfiguration<BuyoutOffer>
{
    public void Configure(EntityTypeBuilder<BuyoutOffer> b)
    {
        b.ToTable("term_buyout_offers");
        b.HasIndex(x => x.LeaseId);
        b.HasOne<LeaseRecord>().WithMany().HasForeignKey(x => x.LeaseId);
    }
}
