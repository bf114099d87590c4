using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignatureReplayLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Issues 11, 17 §3: every stored signature links its receipt; a receipt keeps its signature's SHA-256, indexed.
            migrationBuilder.AddColumn<Guid>(
                name: "FormReceiptId",
                table: "registration_applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "KtkFormReceiptId",
                table: "registration_applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignatureSha256",
                table: "ledger_receipts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReceiptId",
                table: "guarantor_invitations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ApprovalReceiptId",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RefusalReceiptId",
                table: "applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SpouseReceiptId",
                table: "applications",
                type: "TEXT",
                nullable: true);

            // Issue 17 §3: the stored receipts' signature hash, from their JSON (a record without a signature keeps none); the
            // signature rows' new links are filled at start-up by SignatureReceiptBackfill (it hashes the CMS, which SQL cannot here).
            migrationBuilder.Sql(
                """UPDATE ledger_receipts SET "SignatureSha256" = lower(json_extract("ReceiptJson", '$.record.signatureSha256')) WHERE json_valid("ReceiptJson")""");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_receipts_SignatureSha256",
                table: "ledger_receipts",
                column: "SignatureSha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ledger_receipts_SignatureSha256",
                table: "ledger_receipts");

            migrationBuilder.DropColumn(
                name: "FormReceiptId",
                table: "registration_applications");

            migrationBuilder.DropColumn(
                name: "KtkFormReceiptId",
                table: "registration_applications");

            migrationBuilder.DropColumn(
                name: "SignatureSha256",
                table: "ledger_receipts");

            migrationBuilder.DropColumn(
                name: "ReceiptId",
                table: "guarantor_invitations");

            migrationBuilder.DropColumn(
                name: "ApprovalReceiptId",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "RefusalReceiptId",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "SpouseReceiptId",
                table: "applications");
        }
    }
}
