using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ContractSigning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ApplicationId",
                table: "leases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "ContractPdf",
                table: "leases",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "contract_signatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignerIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Cms = table.Column<byte[]>(type: "bytea", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceiptId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contract_signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contract_signatures_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_leases_ApplicationId",
                table: "leases",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contract_signatures_LeaseId_Step",
                table: "contract_signatures",
                columns: new[] { "LeaseId", "Step" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contract_signatures");

            migrationBuilder.DropIndex(
                name: "IX_leases_ApplicationId",
                table: "leases");

            migrationBuilder.DropColumn(
                name: "ApplicationId",
                table: "leases");

            migrationBuilder.DropColumn(
                name: "ContractPdf",
                table: "leases");
        }
    }
}
