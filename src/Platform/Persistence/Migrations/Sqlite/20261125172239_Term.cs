using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Term : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lease_closings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TerminationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LetterNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LetterPdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    LetterSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TransferPdf = table.Column<byte[]>(type: "BLOB", nullable: true),
                    TransferSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    InitiatedByAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InitiatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TerminationRegistrationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnershipRegistrationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lease_closings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lease_closings_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lease_terminations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CourtName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecisionContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecisionFile = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DocumentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Cms = table.Column<byte[]>(type: "BLOB", nullable: true),
                    SignerIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    ReceiptId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lease_terminations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lease_terminations_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "term_buyout_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuoteDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    QuoteTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    ArrearsTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_term_buyout_offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_term_buyout_offers_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "term_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AmountTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SmsId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_term_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_term_notices_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "term_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: true),
                    BuyoutOfferId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SettlesPurchase = table.Column<bool>(type: "INTEGER", nullable: false),
                    AmountTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    ProviderReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentDocument = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_term_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_term_payments_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "closing_signatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClosingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Document = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SignerIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Cms = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceiptId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_closing_signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_closing_signatures_lease_closings_ClosingId",
                        column: x => x.ClosingId,
                        principalTable: "lease_closings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_closing_signatures_ClosingId_Document_Step",
                table: "closing_signatures",
                columns: new[] { "ClosingId", "Document", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lease_closings_LeaseId",
                table: "lease_closings",
                column: "LeaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lease_terminations_LeaseId",
                table: "lease_terminations",
                column: "LeaseId");

            migrationBuilder.CreateIndex(
                name: "IX_term_buyout_offers_LeaseId",
                table: "term_buyout_offers",
                column: "LeaseId");

            migrationBuilder.CreateIndex(
                name: "IX_term_notices_LeaseId_Period_Kind",
                table: "term_notices",
                columns: new[] { "LeaseId", "Period", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_term_payments_LeaseId_Period",
                table: "term_payments",
                columns: new[] { "LeaseId", "Period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "closing_signatures");

            migrationBuilder.DropTable(
                name: "lease_terminations");

            migrationBuilder.DropTable(
                name: "term_buyout_offers");

            migrationBuilder.DropTable(
                name: "term_notices");

            migrationBuilder.DropTable(
                name: "term_payments");

            migrationBuilder.DropTable(
                name: "lease_closings");
        }
    }
}
