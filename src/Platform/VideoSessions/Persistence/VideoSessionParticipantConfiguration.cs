using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions.Persistence;

internal sealed class VideoSessionParticipantConfiguration : IEntityTypeConfiguration<VideoSessionParticipant>
{
    public void Configure(EntityTypeBuilder<VideoSessionParticipant> b)
    {
        b.ToTable("video_session_participants");
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Iin).HasMaxLength(12);
        b.Property(x => x.FullName).HasMaxLength(300);
        b.Property(x => x.IdentityCertificate).HasMaxLength(16384);
        b.HasIndex(x => new { x.SessionId, x.AccountId }).IsUnique();
        b.HasIndex(x => x.AccountId);
        b.HasOne<UserAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}
