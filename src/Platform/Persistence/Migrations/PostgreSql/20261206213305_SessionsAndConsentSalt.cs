using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SessionsAndConsentSalt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConsentSalt",
                table: "registration_applications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FormSalt",
                table: "consents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SignedForm",
                table: "consents",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WithdrawalLeafIndex",
                table: "consents",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "user_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateSerial = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CertificateIssuer = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Certificate = table.Column<byte[]>(type: "bytea", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevocationCheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_sessions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_user_sessions_AccountId",
                table: "user_sessions",
                column: "AccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "user_sessions");

            migrationBuilder.DropColumn(
                name: "ConsentSalt",
                table: "registration_applications");

            migrationBuilder.DropColumn(
                name: "FormSalt",
                table: "consents");

            migrationBuilder.DropColumn(
                name: "SignedForm",
                table: "consents");

            migrationBuilder.DropColumn(
                name: "WithdrawalLeafIndex",
                table: "consents");
        }
    }
}
