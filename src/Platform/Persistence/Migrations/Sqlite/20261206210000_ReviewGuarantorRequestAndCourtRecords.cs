using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <summary>A.10 children and marital history, A.11 guarantor request on the application; seed 000 court-records confirmation on the termination.</summary>
    [DbContext(typeof(SqlitePlatformDbContext))]
    [Migration("20261206210000_ReviewGuarantorRequestAndCourtRecords")]
    public partial class ReviewGuarantorRequestAndCourtRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(name: "Children", table: "applications", type: "INTEGER", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<bool>(name: "PreviouslyMarried", table: "applications", type: "INTEGER", nullable: false, defaultValue: false);
            migrationBuilder.AddColumn<string>(name: "GuarantorRequestReason", table: "applications", type: "TEXT", maxLength: 2000, nullable: true);
            migrationBuilder.AddColumn<long>(name: "GuarantorRequestedAt", table: "applications", type: "INTEGER", nullable: true);
            migrationBuilder.AddColumn<string>(name: "ConsideredFamily", table: "lease_terminations", type: "TEXT", maxLength: 8000, nullable: true);
            migrationBuilder.AddColumn<long>(name: "CourtVerifiedAt", table: "lease_terminations", type: "INTEGER", nullable: true);
            migrationBuilder.AddColumn<DateOnly>(name: "DecisionInForceOn", table: "lease_terminations", type: "TEXT", nullable: true);
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
