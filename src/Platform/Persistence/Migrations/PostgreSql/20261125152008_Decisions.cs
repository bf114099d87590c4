using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Decisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecidedAt",
                table: "applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedByIin",
                table: "applications",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalReasons",
                table: "applications",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "RefusalSignatureCms",
                table: "applications",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RefusalSignedAt",
                table: "applications",
                type: "timestamp with time zone",
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
