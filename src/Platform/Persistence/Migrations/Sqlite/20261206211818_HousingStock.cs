using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HousingStock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "flats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CadastralNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TotalArea = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    LivingArea = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Rooms = table.Column<int>(type: "INTEGER", nullable: false),
                    PriceKzt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    HolderApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flats", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "flat_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FlatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flat_offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_flat_offers_flats_FlatId",
                        column: x => x.FlatId,
                        principalTable: "flats",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_flat_offers_ApplicationId",
                table: "flat_offers",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_flat_offers_FlatId",
                table: "flat_offers",
                column: "FlatId");

            migrationBuilder.CreateIndex(
                name: "IX_flats_CadastralNumber",
                table: "flats",
                column: "CadastralNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_flats_HolderApplicationId",
                table: "flats",
                column: "HolderApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_flats_State_Rooms",
                table: "flats",
                columns: new[] { "State", "Rooms" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "flat_offers");

            migrationBuilder.DropTable(
                name: "flats");
        }
    }
}
