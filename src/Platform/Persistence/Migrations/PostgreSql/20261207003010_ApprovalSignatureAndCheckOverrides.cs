using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.PostgreSql
{
    /// <summary>A.16 the officer's signed approval; A.15 overrides of Unavailable checks; A.15.2 obligations and expenses in the questionnaire.</summary>
    [DbContext(typeof(PostgreSqlPlatformDbContext))]
    [Migration("20261207003010_ApprovalSignatureAndCheckOverrides")]
    public partial class ApprovalSignatureAndCheckOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(name: "ApprovalSignatureCms", table: "applications", type: "bytea", nullable: true);
            migrationBuilder.AddColumn<DateTimeOffset>(name: "ApprovalSignedAt", table: "applications", type: "timestamp with time zone", nullable: true);
            migrationBuilder.AddColumn<long>(name: "MonthlyObligationsTiyn", table: "applications", type: "bigint", nullable: false, defaultValue: 0L);
            migrationBuilder.AddColumn<long>(name: "MonthlyExpensesTiyn", table: "applications", type: "bigint", nullable: false, defaultValue: 0L);
            migrationBuilder.AddColumn<string>(name: "OverrideReason", table: "review_checks", type: "character varying(1000)", maxLength: 1000, nullable: true);
            migrationBuilder.AddColumn<string>(name: "OverriddenByIin", table: "review_checks", type: "character varying(12)", maxLength: 12, nullable: true);
            migrationBuilder.AddColumn<DateTimeOffset>(name: "OverriddenAt", table: "review_checks", type: "timestamp with time zone", nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "ApprovalSignatureCms", table: "applications");
            migrationBuilder.DropColumn(name: "ApprovalSignedAt", table: "applications");
            migrationBuilder.DropColumn(name: "MonthlyObligationsTiyn", table: "applications");
            migrationBuilder.DropColumn(name: "MonthlyExpensesTiyn", table: "applications");
            migrationBuilder.DropColumn(name: "OverrideReason", table: "review_checks");
            migrationBuilder.DropColumn(name: "OverriddenByIin", table: "review_checks");
            migrationBuilder.DropColumn(name: "OverriddenAt", table: "review_checks");
        }
    }
}
