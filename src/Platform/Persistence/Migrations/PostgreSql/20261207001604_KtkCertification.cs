using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.PostgreSql
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
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "KtkFormSignedAt",
                table: "registration_applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KtkFormSignerIin",
                table: "registration_applications",
                type: "character varying(12)",
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
