using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Decisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DecidedAt",
                table: "applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedByIin",
                table: "applications",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalReasons",
                table: "applications",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "RefusalSignatureCms",
                table: "applications",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RefusalSignedAt",
                table: "applications",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "DecidedByIin",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "RefusalReasons",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "RefusalSignatureCms",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "RefusalSignedAt",
                table: "applications");
        }
    }
}
