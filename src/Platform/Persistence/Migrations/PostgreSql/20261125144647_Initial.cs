using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Action = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Resource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Allowed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FormVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignatureCms = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "leases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    flat_cadastral_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    flat_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    flat_total_area = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    flat_living_area = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    flat_rooms = table.Column<int>(type: "integer", nullable: false),
                    PriceTiyn = table.Column<long>(type: "bigint", nullable: false),
                    DownPaymentTiyn = table.Column<long>(type: "bigint", nullable: false),
                    AnnualRatePercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    TermMonths = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TenantName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TenantIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    SpouseName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SpouseIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    LessorName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LessorBin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ContractSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "login_challenges",
                columns: table => new
                {
                    Nonce = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_login_challenges", x => x.Nonce);
                });

            migrationBuilder.CreateTable(
                name: "recipient_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    UploadDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedByIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    FileSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recipient_lists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sms_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Provider = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FullName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Roles = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecipientListId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lease_guarantors",
                columns: table => new
                {
                    Order = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Bin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lease_guarantors", x => new { x.LeaseId, x.Order });
                    table.ForeignKey(
                        name: "FK_lease_guarantors_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recipient_list_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientListId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FullName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationDeadline = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recipient_list_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_recipient_list_entries_recipient_lists_RecipientListId",
                        column: x => x.RecipientListId,
                        principalTable: "recipient_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_recipient_list_entries_users_AccountId",
                        column: x => x.AccountId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_SubjectIin",
                table: "audit_log",
                column: "SubjectIin");

            migrationBuilder.CreateIndex(
                name: "IX_consents_SubjectIin",
                table: "consents",
                column: "SubjectIin");

            migrationBuilder.CreateIndex(
                name: "IX_leases_Number",
                table: "leases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_leases_TenantIin",
                table: "leases",
                column: "TenantIin");

            migrationBuilder.CreateIndex(
                name: "IX_login_challenges_ExpiresAt",
                table: "login_challenges",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_recipient_list_entries_AccountId",
                table: "recipient_list_entries",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_recipient_list_entries_RecipientListId_Iin",
                table: "recipient_list_entries",
                columns: new[] { "RecipientListId", "Iin" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sms_outbox_CreatedAt",
                table: "sms_outbox",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_users_Iin",
                table: "users",
                column: "Iin",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "lease_guarantors");

            migrationBuilder.DropTable(
                name: "login_challenges");

            migrationBuilder.DropTable(
                name: "recipient_list_entries");

            migrationBuilder.DropTable(
                name: "sms_outbox");

            migrationBuilder.DropTable(
                name: "leases");

            migrationBuilder.DropTable(
                name: "recipient_lists");

            migrationBuilder.DropTable(
                name: "users");
        }
    }
}
