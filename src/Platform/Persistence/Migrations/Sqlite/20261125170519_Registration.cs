using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Registration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registration_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OfficerAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RelatedRegistrationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BasisKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BasisTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BasisContent = table.Column<byte[]>(type: "BLOB", nullable: false),
                    FormDocument = table.Column<byte[]>(type: "BLOB", nullable: false),
                    FormCms = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FormSigner = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    FormSignerIin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    FormSignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConsentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerdictSessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerdictFindings = table.Column<byte[]>(type: "BLOB", nullable: true),
                    VerdictCms = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FeeTiyn = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaymentReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FeePaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaymentDocument = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FeeConfirmedToCadastreAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    CadastreId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    SubmittedSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReasonKk = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReasonRu = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EntryNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeadlineAlertedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registration_applications_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registration_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_alerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registration_alerts_registration_applications_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "registration_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registration_basis_signatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExpectedSigner = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Cms = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_basis_signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registration_basis_signatures_registration_applications_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "registration_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registration_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CadastreId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TextKk = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TextRu = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NoticeInbox = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LedgerIndex = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registration_events_registration_applications_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "registration_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registration_alerts_RegistrationId",
                table: "registration_alerts",
                column: "RegistrationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_applications_CadastreId",
                table: "registration_applications",
                column: "CadastreId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_applications_LeaseId",
                table: "registration_applications",
                column: "LeaseId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_basis_signatures_RegistrationId_Position",
                table: "registration_basis_signatures",
                columns: new[] { "RegistrationId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_events_CadastreId_Sequence",
                table: "registration_events",
                columns: new[] { "CadastreId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_events_RegistrationId",
                table: "registration_events",
                column: "RegistrationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration_alerts");

            migrationBuilder.DropTable(
                name: "registration_basis_signatures");

            migrationBuilder.DropTable(
                name: "registration_events");

            migrationBuilder.DropTable(
                name: "registration_applications");
        }
    }
}
