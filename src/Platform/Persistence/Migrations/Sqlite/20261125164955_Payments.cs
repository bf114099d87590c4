using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AmountTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    PayerAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProviderReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CheckoutUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaymentDocument = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CallbackBody = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CallbackSignature = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LedgerIndex = table.Column<long>(type: "INTEGER", nullable: true),
                    HandlersDoneAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_acquirer_orders",
                columns: table => new
                {
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PayerAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CallbackDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CallbackAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CallbackDeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_acquirer_orders", x => x.Reference);
                });

            migrationBuilder.CreateTable(
                name: "payment_handler_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_handler_runs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payment_handler_runs_payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payment_handler_runs_PaymentId_Handler",
                table: "payment_handler_runs",
                columns: new[] { "PaymentId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_ProviderReference",
                table: "payments",
                column: "ProviderReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_Purpose_SubjectId",
                table: "payments",
                columns: new[] { "Purpose", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_payments_Status_HandlersDoneAt",
                table: "payments",
                columns: new[] { "Status", "HandlersDoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_acquirer_orders_CallbackDueAt",
                table: "sandbox_acquirer_orders",
                column: "CallbackDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_acquirer_orders_PaymentId",
                table: "sandbox_acquirer_orders",
                column: "PaymentId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payment_handler_runs");

            migrationBuilder.DropTable(
                name: "sandbox_acquirer_orders");

            migrationBuilder.DropTable(
                name: "payments");
        }
    }
}
