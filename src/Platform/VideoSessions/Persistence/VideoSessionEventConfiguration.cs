using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions.Persistence;

internal sealed class VideoSessionEventConfiguration : IEntityTypeConfiguration<VideoSessionEvent>
{
    public void Configure(EntityTypeBuilder<VideoSessionEvent> b)
    {
        b.ToTable("video_session_events");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ConnectionId).HasMaxLength(100);
        b.HasIndex(x => new { x.SessionId, x.At });
        b.HasOne<VideoSessionParticipant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
