using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TermOverpayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AppliedTiyn",
                table: "term_payments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "RefundReference",
                table: "sandbox_acquirer_orders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RefundedAt",
                table: "sandbox_acquirer_orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RefundedTiyn",
                table: "sandbox_acquirer_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "term_adjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AmountTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceiptId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RefundReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RefundedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefundedByAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RefundDocument = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RefundReceiptId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_term_adjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_term_adjustments_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_term_adjustments_LeaseId",
                table: "term_adjustments",
                column: "LeaseId");

            migrationBuilder.CreateIndex(
                name: "IX_term_adjustments_PaymentId_Kind",
                table: "term_adjustments",
                columns: new[] { "PaymentId", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "term_adjustments");

            migrationBuilder.DropColumn(
                name: "AppliedTiyn",
                table: "term_payments");

            migrationBuilder.DropColumn(
                name: "RefundReference",
                table: "sandbox_acquirer_orders");

            migrationBuilder.DropColumn(
                name: "RefundedAt",
                table: "sandbox_acquirer_orders");

            migrationBuilder.DropColumn(
                name: "RefundedTiyn",
                table: "sandbox_acquirer_orders");
        }
    }
}
