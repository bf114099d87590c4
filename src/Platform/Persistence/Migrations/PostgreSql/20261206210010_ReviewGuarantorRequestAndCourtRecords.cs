using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.PostgreSql
{
    /// <summary>A.10 children and marital history, A.11 guarantor request on the application; seed 000 court-records confirmation on the termination.</summary>
    [DbContext(typeof(PostgreSqlPlatformDbContext))]
    [Migration("20261206210010_ReviewGuarantorRequestAndCourtRecords")]
    public partial class ReviewGuarantorRequestAndCourtRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(name: "Children", table: "applications", type: "integer", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<bool>(name: "PreviouslyMarried", table: "applications", type: "boolean", nullable: false, defaultValue: false);
            migrationBuilder.AddColumn<string>(name: "GuarantorRequestReason", table: "applications", type: "character varying(2000)", maxLength: 2000, nullable: true);
            migrationBuilder.AddColumn<DateTimeOffset>(name: "GuarantorRequestedAt", table: "applications", type: "timestamp with time zone", nullable: true);
            migrationBuilder.AddColumn<string>(name: "ConsideredFamily", table: "lease_terminations", type: "character varying(8000)", maxLength: 8000, nullable: true);
            migrationBuilder.AddColumn<DateTimeOffset>(name: "CourtVerifiedAt", table: "lease_terminations", type: "timestamp with time zone", nullable: true);
            migrationBuilder.AddColumn<DateOnly>(name: "DecisionInForceOn", table: "lease_terminations", type: "date", nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "Children", table: "applications");
            migrationBuilder.DropColumn(name: "PreviouslyMarried", table: "applications");
            migrationBuilder.DropColumn(name: "GuarantorRequestReason", table: "applications");
            migrationBuilder.DropColumn(name: "GuarantorRequestedAt", table: "applications");
            migrationBuilder.DropColumn(name: "ConsideredFamily", table: "lease_terminations");
            migrationBuilder.DropColumn(name: "CourtVerifiedAt", table: "lease_terminations");
            migrationBuilder.DropColumn(name: "DecisionInForceOn", table: "lease_terminations");
        }
    }
}
