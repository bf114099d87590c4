using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions.Persistence;

internal sealed class VideoSessionConfiguration : IEntityTypeConfiguration<VideoSession>
{
    public void Configure(EntityTypeBuilder<VideoSession> b)
    {
        b.ToTable("video_sessions");
        b.Property(x => x.SubjectId).HasMaxLength(100);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => x.SubjectId);
        b.HasIndex(x => x.ScheduledAt);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.ScheduledByAccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Participants).WithOne().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Verdict).WithOne().HasForeignKey<RegistrarVerdict>(v => v.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
