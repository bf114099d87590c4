using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KtkCertification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "KtkFormCms",
                table: "registration_applications",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "KtkFormSignedAt",
                table: "registration_applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KtkFormSignerIin",
                table: "registration_applications",
                type: "TEXT",
                maxLength: 12,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KtkFormCms",
                table: "registration_applications");

            migrationBuilder.DropColumn(
                name: "KtkFormSignedAt",
                table: "registration_applications");

            migrationBuilder.DropColumn(
                name: "KtkFormSignerIin",
                table: "registration_applications");
        }
    }
}
