using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Finish6ReviewChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CertificateSha256",
                table: "ledger_receipts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SpouseSignatureCms",
                table: "applications",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SpouseSignedAt",
                table: "applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "review_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReasonKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReasonArgs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CheckedByIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_checks_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_receipts_CertificateSha256",
                table: "ledger_receipts",
                column: "CertificateSha256");

            migrationBuilder.CreateIndex(
                name: "IX_review_checks_ApplicationId",
                table: "review_checks",
                column: "ApplicationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_checks");

            migrationBuilder.DropIndex(
                name: "IX_ledger_receipts_CertificateSha256",
                table: "ledger_receipts");

            migrationBuilder.DropColumn(
                name: "CertificateSha256",
                table: "ledger_receipts");

            migrationBuilder.DropColumn(
                name: "SpouseSignatureCms",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "SpouseSignedAt",
                table: "applications");
        }
    }
}
