using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class VideoSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "video_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TenantMarried = table.Column<bool>(type: "boolean", nullable: false),
                    ScheduledByAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_video_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_video_sessions_users_ScheduledByAccountId",
                        column: x => x.ScheduledByAccountId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registrar_verdicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrarAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignaturesAuthentic = table.Column<bool>(type: "boolean", nullable: false),
                    LegalCapacity = table.Column<bool>(type: "boolean", nullable: false),
                    FreeWill = table.Column<bool>(type: "boolean", nullable: false),
                    SpousesPresent = table.Column<bool>(type: "boolean", nullable: false),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    Remark = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Document = table.Column<byte[]>(type: "bytea", maxLength: 16384, nullable: false),
                    Signature = table.Column<byte[]>(type: "bytea", maxLength: 65536, nullable: false),
                    CertificateFingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LedgerIndex = table.Column<long>(type: "bigint", nullable: false),
                    LedgerReceipt = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registrar_verdicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registrar_verdicts_users_RegistrarAccountId",
                        column: x => x.RegistrarAccountId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registrar_verdicts_video_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "video_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "video_session_participants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FullName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IdentityConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IdentityCertificate = table.Column<byte[]>(type: "bytea", maxLength: 16384, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_video_session_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_video_session_participants_users_AccountId",
                        column: x => x.AccountId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_video_session_participants_video_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "video_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "video_session_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConnectionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_video_session_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_video_session_events_video_session_participants_Participant~",
                        column: x => x.ParticipantId,
                        principalTable: "video_session_participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_video_session_events_video_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "video_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registrar_verdicts_RegistrarAccountId",
                table: "registrar_verdicts",
                column: "RegistrarAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_registrar_verdicts_SessionId",
                table: "registrar_verdicts",
                column: "SessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_video_session_events_ParticipantId",
                table: "video_session_events",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_video_session_events_SessionId_At",
                table: "video_session_events",
                columns: new[] { "SessionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_video_session_participants_AccountId",
                table: "video_session_participants",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_video_session_participants_SessionId_AccountId",
                table: "video_session_participants",
                columns: new[] { "SessionId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_video_sessions_ScheduledAt",
                table: "video_sessions",
                column: "ScheduledAt");

            migrationBuilder.CreateIndex(
                name: "IX_video_sessions_ScheduledByAccountId",
                table: "video_sessions",
                column: "ScheduledByAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_video_sessions_SubjectId",
                table: "video_sessions",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registrar_verdicts");

            migrationBuilder.DropTable(
                name: "video_session_events");

            migrationBuilder.DropTable(
                name: "video_session_participants");

            migrationBuilder.DropTable(
                name: "video_sessions");
        }
    }
}
