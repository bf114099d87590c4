using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LedgerReceipts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ledger_receipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    LeafIndex = table.Column<long>(type: "bigint", nullable: false),
                    ReceiptJson = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_receipts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_receipts_SubjectId",
                table: "ledger_receipts",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ledger_receipts");
        }
    }
}
