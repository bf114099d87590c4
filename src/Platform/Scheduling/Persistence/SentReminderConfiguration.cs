using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Scheduling.Reminders;

namespace RentToOwn.Platform.Scheduling.Persistence;

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> b)
    {
        b.ToTable("sent_reminders");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.SubjectId).HasMaxLength(100);
        b.Property(x => x.Text).HasMaxLength(1000);
        // Idempotency: one reminder per kind, subject, lead time and account, whatever runs it and however often.
        b.HasIndex(x => new { x.Kind, x.SubjectId, x.LeadMinutes, x.AccountId }).IsUnique();
        b.HasIndex(x => new { x.AccountId, x.CreatedAt });
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
