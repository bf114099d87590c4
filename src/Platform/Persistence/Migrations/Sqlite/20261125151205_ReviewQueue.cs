using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssignedOfficerIin",
                table: "applications",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_applications_AssignedOfficerIin_Status",
                table: "applications",
                columns: new[] { "AssignedOfficerIin", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_AssignedOfficerIin_Status",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "AssignedOfficerIin",
                table: "applications");
        }
    }
}
