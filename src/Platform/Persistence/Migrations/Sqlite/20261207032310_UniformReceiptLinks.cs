using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UniformReceiptLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // One link for every kind (issue 11): a ReceiptId to ledger_receipts, filled from the old leaf index or receipt JSON.
            migrationBuilder.AddColumn<Guid>(name: "ReceiptId", table: "registration_events", type: "TEXT", nullable: true);
            migrationBuilder.AddColumn<Guid>(name: "ReceiptId", table: "payments", type: "TEXT", nullable: true);
            migrationBuilder.AddColumn<Guid>(name: "ReceiptId", table: "consents", type: "TEXT", nullable: true);
            migrationBuilder.AddColumn<Guid>(name: "WithdrawalReceiptId", table: "consents", type: "TEXT", nullable: true);
            migrationBuilder.AddColumn<Guid>(name: "ReceiptId", table: "registrar_verdicts", type: "TEXT", nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            foreach (var sql in ReceiptLinkBackfill.Up(postgres: false))
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropColumn(name: "LedgerIndex", table: "registration_events");
            migrationBuilder.DropColumn(name: "LedgerIndex", table: "registrar_verdicts");
            migrationBuilder.DropColumn(name: "LedgerReceipt", table: "registrar_verdicts");
            migrationBuilder.DropColumn(name: "LedgerIndex", table: "payments");
            migrationBuilder.DropColumn(name: "WithdrawalLeafIndex", table: "consents");

            migrationBuilder.CreateIndex(name: "IX_registration_events_ReceiptId", table: "registration_events", column: "ReceiptId");
            migrationBuilder.CreateIndex(name: "IX_registrar_verdicts_ReceiptId", table: "registrar_verdicts", column: "ReceiptId");
            migrationBuilder.CreateIndex(name: "IX_ledger_receipts_LeafIndex", table: "ledger_receipts", column: "LeafIndex");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_registration_events_ReceiptId", table: "registration_events");
            migrationBuilder.DropIndex(name: "IX_registrar_verdicts_ReceiptId", table: "registrar_verdicts");
            migrationBuilder.DropIndex(name: "IX_ledger_receipts_LeafIndex", table: "ledger_receipts");

            migrationBuilder.AddColumn<long>(name: "LedgerIndex", table: "registration_events", type: "INTEGER", nullable: true);
            migrationBuilder.AddColumn<long>(name: "LedgerIndex", table: "registrar_verdicts", type: "INTEGER", nullable: false, defaultValue: 0L);
            migrationBuilder.AddColumn<string>(name: "LedgerReceipt", table: "registrar_verdicts", type: "TEXT", nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<long>(name: "LedgerIndex", table: "payments", type: "INTEGER", nullable: true);
            migrationBuilder.AddColumn<long>(name: "WithdrawalLeafIndex", table: "consents", type: "INTEGER", nullable: true);

            foreach (var sql in ReceiptLinkBackfill.Down)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropColumn(name: "ReceiptId", table: "registration_events");
            migrationBuilder.DropColumn(name: "ReceiptId", table: "payments");
            migrationBuilder.DropColumn(name: "ReceiptId", table: "consents");
            migrationBuilder.DropColumn(name: "WithdrawalReceiptId", table: "consents");
            migrationBuilder.DropColumn(name: "ReceiptId", table: "registrar_verdicts");
        }
    }
}
