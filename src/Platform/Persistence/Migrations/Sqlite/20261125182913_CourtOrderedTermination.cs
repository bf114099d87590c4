using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CourtOrderedTermination : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "CourtDecisionCms",
                table: "registration_applications",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "CourtDecisionContent",
                table: "registration_applications",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CourtDecisionSha256",
                table: "registration_applications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CourtDecisionTitle",
                table: "registration_applications",
                type: "TEXT",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CourtDecisionCms",
                table: "registration_applications");

            migrationBuilder.DropColumn(
                name: "CourtDecisionContent",
                table: "registration_applications");

            migrationBuilder.DropColumn(
                name: "CourtDecisionSha256",
                table: "registration_applications");

            migrationBuilder.DropColumn(
                name: "CourtDecisionTitle",
                table: "registration_applications");
        }
    }
}
