using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Notifications;

namespace RentToOwn.Platform.Persistence.Configurations;

internal sealed class SmsMessageConfiguration : IEntityTypeConfiguration<SmsMessage>
{
    public void Configure(EntityTypeBuilder<SmsMessage> b)
    {
        b.ToTable("sms_outbox");
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(1000);
        b.Property(x => x.Provider).HasMaxLength(40);
        b.HasIndex(x => x.CreatedAt);
    }
}
