using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LegalEntityGuarantors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "GuarantorIin",
                table: "guarantor_invitations",
                type: "TEXT",
                maxLength: 12,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 12);

            migrationBuilder.AddColumn<string>(
                name: "Employer",
                table: "guarantor_invitations",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GuarantorBin",
                table: "guarantor_invitations",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MonthlyIncomeTiyn",
                table: "guarantor_invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "MonthlyObligationsTiyn",
                table: "guarantor_invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Position",
                table: "guarantor_invitations",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "QuestionnaireSavedAt",
                table: "guarantor_invitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "guarantor_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guarantor_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_guarantor_documents_guarantor_invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "guarantor_invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_guarantor_invitations_ApplicationId_GuarantorBin",
                table: "guarantor_invitations",
                columns: new[] { "ApplicationId", "GuarantorBin" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_guarantor_invitations_GuarantorBin",
                table: "guarantor_invitations",
                column: "GuarantorBin");

            migrationBuilder.CreateIndex(
                name: "IX_guarantor_documents_InvitationId",
                table: "guarantor_documents",
                column: "InvitationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "guarantor_documents");

            migrationBuilder.DropIndex(
                name: "IX_guarantor_invitations_ApplicationId_GuarantorBin",
                table: "guarantor_invitations");

            migrationBuilder.DropIndex(
                name: "IX_guarantor_invitations_GuarantorBin",
                table: "guarantor_invitations");

            migrationBuilder.DropColumn(
                name: "Employer",
                table: "guarantor_invitations");

            migrationBuilder.DropColumn(
                name: "GuarantorBin",
                table: "guarantor_invitations");

            migrationBuilder.DropColumn(
                name: "MonthlyIncomeTiyn",
                table: "guarantor_invitations");

            migrationBuilder.DropColumn(
                name: "MonthlyObligationsTiyn",
                table: "guarantor_invitations");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "guarantor_invitations");

            migrationBuilder.DropColumn(
                name: "QuestionnaireSavedAt",
                table: "guarantor_invitations");

            migrationBuilder.AlterColumn<string>(
                name: "GuarantorIin",
                table: "guarantor_invitations",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 12,
                oldNullable: true);
        }
    }
}
