using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RentToOwn.Platform.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Employer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MonthlyIncomeTiyn = table.Column<long>(type: "bigint", nullable: false),
                    FamilyMembers = table.Column<int>(type: "integer", nullable: false),
                    Married = table.Column<bool>(type: "boolean", nullable: false),
                    SpouseIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    SpouseSignatureCms = table.Column<byte[]>(type: "bytea", nullable: true),
                    SpouseSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    AssignedOfficerIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    RefusalReasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecidedByIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RefusalSignatureCms = table.Column<byte[]>(type: "bytea", nullable: true),
                    RefusalSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Action = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Resource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Allowed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FormVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ValidUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignatureCms = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "leases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    flat_cadastral_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    flat_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    flat_total_area = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    flat_living_area = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    flat_rooms = table.Column<int>(type: "integer", nullable: false),
                    PriceTiyn = table.Column<long>(type: "bigint", nullable: false),
                    DownPaymentTiyn = table.Column<long>(type: "bigint", nullable: false),
                    AnnualRatePercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    TermMonths = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TenantName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TenantIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    SpouseName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SpouseIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    LessorName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LessorBin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ContractSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContractPdf = table.Column<byte[]>(type: "bytea", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ledger_receipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    LeafIndex = table.Column<long>(type: "bigint", nullable: false),
                    ReceiptJson = table.Column<string>(type: "text", nullable: false),
                    CertificateSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_receipts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "login_challenges",
                columns: table => new
                {
                    Nonce = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_login_challenges", x => x.Nonce);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AmountTiyn = table.Column<long>(type: "bigint", nullable: false),
                    PayerAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProviderReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CheckoutUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PaymentDocument = table.Column<byte[]>(type: "bytea", nullable: true),
                    CallbackBody = table.Column<byte[]>(type: "bytea", nullable: true),
                    CallbackSignature = table.Column<byte[]>(type: "bytea", nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LedgerIndex = table.Column<long>(type: "bigint", nullable: true),
                    HandlersDoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "recipient_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    UploadDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedByIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    FileSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recipient_lists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sandbox_acquirer_orders",
                columns: table => new
                {
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AmountTiyn = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PayerAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CallbackDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CallbackAttempts = table.Column<int>(type: "integer", nullable: false),
                    CallbackDeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RefundedTiyn = table.Column<long>(type: "bigint", nullable: false),
                    RefundReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RefundedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sandbox_acquirer_orders", x => x.Reference);
                });

            migrationBuilder.CreateTable(
                name: "signing_claims",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Token = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signing_claims", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "sms_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Provider = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FullName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Roles = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecipientListId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "application_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_application_documents_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "guarantor_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    GuarantorIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SignatureCms = table.Column<byte[]>(type: "bytea", nullable: true),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guarantor_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_guarantor_invitations_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubjectIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReasonKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReasonArgs = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CheckedByIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_checks_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contract_signatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignerIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Cms = table.Column<byte[]>(type: "bytea", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceiptId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contract_signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contract_signatures_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lease_closings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    TerminationId = table.Column<Guid>(type: "uuid", nullable: true),
                    LetterNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LetterPdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    LetterSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TransferPdf = table.Column<byte[]>(type: "bytea", nullable: true),
                    TransferSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    InitiatedByAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    InitiatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TerminationRegistrationId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnershipRegistrationId = table.Column<Guid>(type: "uuid", nullable: true),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lease_closings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lease_closings_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lease_guarantors",
                columns: table => new
                {
                    Order = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Bin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lease_guarantors", x => new { x.LeaseId, x.Order });
                    table.ForeignKey(
                        name: "FK_lease_guarantors_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lease_terminations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Ground = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CourtName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecisionContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DecisionFile = table.Column<byte[]>(type: "bytea", nullable: true),
                    DocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Cms = table.Column<byte[]>(type: "bytea", nullable: true),
                    SignerIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    ReceiptId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lease_terminations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lease_terminations_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registration_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OfficerAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RelatedRegistrationId = table.Column<Guid>(type: "uuid", nullable: true),
                    BasisKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    BasisTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    BasisContent = table.Column<byte[]>(type: "bytea", nullable: false),
                    CourtDecisionTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CourtDecisionContent = table.Column<byte[]>(type: "bytea", nullable: true),
                    CourtDecisionSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CourtDecisionCms = table.Column<byte[]>(type: "bytea", nullable: true),
                    FormDocument = table.Column<byte[]>(type: "bytea", nullable: false),
                    FormCms = table.Column<byte[]>(type: "bytea", nullable: true),
                    FormSigner = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    FormSignerIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    FormSignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConsentId = table.Column<Guid>(type: "uuid", nullable: true),
                    VerdictSessionId = table.Column<Guid>(type: "uuid", nullable: true),
                    VerdictFindings = table.Column<byte[]>(type: "bytea", nullable: true),
                    VerdictCms = table.Column<byte[]>(type: "bytea", nullable: true),
                    FeeTiyn = table.Column<long>(type: "bigint", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: true),
                    PaymentReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FeePaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PaymentDocument = table.Column<byte[]>(type: "bytea", nullable: true),
                    FeeConfirmedToCadastreAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    CadastreId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    SubmittedSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    ReasonCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LegalBasis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ReasonKk = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReasonRu = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EntryNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeadlineAlertedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                name: "term_adjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AmountTiyn = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceiptId = table.Column<Guid>(type: "uuid", nullable: true),
                    RefundReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RefundedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RefundedByAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    RefundDocument = table.Column<byte[]>(type: "bytea", nullable: true),
                    RefundReceiptId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_term_adjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_term_adjustments_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "term_buyout_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    QuoteDate = table.Column<DateOnly>(type: "date", nullable: false),
                    QuoteTiyn = table.Column<long>(type: "bigint", nullable: false),
                    ArrearsTiyn = table.Column<long>(type: "bigint", nullable: false),
                    AmountTiyn = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_term_buyout_offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_term_buyout_offers_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "term_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AmountTiyn = table.Column<long>(type: "bigint", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SmsId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_term_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_term_notices_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "term_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: true),
                    BuyoutOfferId = table.Column<Guid>(type: "uuid", nullable: true),
                    SettlesPurchase = table.Column<bool>(type: "boolean", nullable: false),
                    AmountTiyn = table.Column<long>(type: "bigint", nullable: false),
                    AppliedTiyn = table.Column<long>(type: "bigint", nullable: false),
                    ProviderReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PaymentDocument = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_term_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_term_payments_leases_LeaseId",
                        column: x => x.LeaseId,
                        principalTable: "leases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payment_handler_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_handler_runs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payment_handler_runs_payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recipient_list_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientListId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FullName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    ReminderSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recipient_list_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_recipient_list_entries_recipient_lists_RecipientListId",
                        column: x => x.RecipientListId,
                        principalTable: "recipient_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_recipient_list_entries_users_AccountId",
                        column: x => x.AccountId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sent_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LeadMinutes = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SmsMessageId = table.Column<Guid>(type: "uuid", nullable: true),
                    Superseded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sent_reminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sent_reminders_users_AccountId",
                        column: x => x.AccountId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "video_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TenantMarried = table.Column<bool>(type: "boolean", nullable: false),
                    ScheduledByAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_video_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_video_sessions_users_ScheduledByAccountId",
                        column: x => x.ScheduledByAccountId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "closing_signatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClosingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Document = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignerIin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Cms = table.Column<byte[]>(type: "bytea", nullable: false),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceiptId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_closing_signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_closing_signatures_lease_closings_ClosingId",
                        column: x => x.ClosingId,
                        principalTable: "lease_closings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registration_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ExpectedSigner = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Cms = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_basis_signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registration_basis_signatures_registration_applications_Reg~",
                        column: x => x.RegistrationId,
                        principalTable: "registration_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registration_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CadastreId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReasonCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LegalBasis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    TextKk = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TextRu = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NoticeInbox = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LedgerIndex = table.Column<long>(type: "bigint", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "registrar_verdicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrarAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignaturesAuthentic = table.Column<bool>(type: "boolean", nullable: false),
                    LegalCapacity = table.Column<bool>(type: "boolean", nullable: false),
                    FreeWill = table.Column<bool>(type: "boolean", nullable: false),
                    SpousesPresent = table.Column<bool>(type: "boolean", nullable: false),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    Remark = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Document = table.Column<byte[]>(type: "bytea", maxLength: 16384, nullable: false),
                    Signature = table.Column<byte[]>(type: "bytea", maxLength: 65536, nullable: false),
                    CertificateFingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LedgerIndex = table.Column<long>(type: "bigint", nullable: false),
                    LedgerReceipt = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registrar_verdicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registrar_verdicts_users_RegistrarAccountId",
                        column: x => x.RegistrarAccountId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registrar_verdicts_video_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "video_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "video_session_participants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Iin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FullName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IdentityConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IdentityCertificate = table.Column<byte[]>(type: "bytea", maxLength: 16384, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_video_session_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_video_session_participants_users_AccountId",
                        column: x => x.AccountId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_video_session_participants_video_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "video_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "video_session_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConnectionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_video_session_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_video_session_events_video_session_participants_Participant~",
                        column: x => x.ParticipantId,
                        principalTable: "video_session_participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_video_session_events_video_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "video_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_application_documents_ApplicationId",
                table: "application_documents",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_AssignedOfficerIin_Status",
                table: "applications",
                columns: new[] { "AssignedOfficerIin", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_TenantIin",
                table: "applications",
                column: "TenantIin");

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_SubjectIin",
                table: "audit_log",
                column: "SubjectIin");

            migrationBuilder.CreateIndex(
                name: "IX_closing_signatures_ClosingId_Document_Step",
                table: "closing_signatures",
                columns: new[] { "ClosingId", "Document", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consents_SubjectIin",
                table: "consents",
                column: "SubjectIin");

            migrationBuilder.CreateIndex(
                name: "IX_contract_signatures_LeaseId_Step",
                table: "contract_signatures",
                columns: new[] { "LeaseId", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_guarantor_invitations_ApplicationId_GuarantorIin",
                table: "guarantor_invitations",
                columns: new[] { "ApplicationId", "GuarantorIin" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_guarantor_invitations_GuarantorIin",
                table: "guarantor_invitations",
                column: "GuarantorIin");

            migrationBuilder.CreateIndex(
                name: "IX_lease_closings_LeaseId",
                table: "lease_closings",
                column: "LeaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lease_terminations_LeaseId",
                table: "lease_terminations",
                column: "LeaseId");

            migrationBuilder.CreateIndex(
                name: "IX_leases_ApplicationId",
                table: "leases",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_leases_Number",
                table: "leases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_leases_TenantIin",
                table: "leases",
                column: "TenantIin");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_receipts_CertificateSha256",
                table: "ledger_receipts",
                column: "CertificateSha256");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_receipts_SubjectId",
                table: "ledger_receipts",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_login_challenges_ExpiresAt",
                table: "login_challenges",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_payment_handler_runs_PaymentId_Handler",
                table: "payment_handler_runs",
                columns: new[] { "PaymentId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_ProviderReference",
                table: "payments",
                column: "ProviderReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_Purpose_SubjectId",
                table: "payments",
                columns: new[] { "Purpose", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_payments_Status_HandlersDoneAt",
                table: "payments",
                columns: new[] { "Status", "HandlersDoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_recipient_list_entries_AccountId",
                table: "recipient_list_entries",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_recipient_list_entries_RecipientListId_Iin",
                table: "recipient_list_entries",
                columns: new[] { "RecipientListId", "Iin" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registrar_verdicts_RegistrarAccountId",
                table: "registrar_verdicts",
                column: "RegistrarAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_registrar_verdicts_SessionId",
                table: "registrar_verdicts",
                column: "SessionId",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_review_checks_ApplicationId",
                table: "review_checks",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_acquirer_orders_CallbackDueAt",
                table: "sandbox_acquirer_orders",
                column: "CallbackDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_sandbox_acquirer_orders_PaymentId",
                table: "sandbox_acquirer_orders",
                column: "PaymentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sent_reminders_AccountId_CreatedAt",
                table: "sent_reminders",
                columns: new[] { "AccountId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sent_reminders_Kind_SubjectId_LeadMinutes_AccountId",
                table: "sent_reminders",
                columns: new[] { "Kind", "SubjectId", "LeadMinutes", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sms_outbox_CreatedAt",
                table: "sms_outbox",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_term_adjustments_LeaseId",
                table: "term_adjustments",
                column: "LeaseId");

            migrationBuilder.CreateIndex(
                name: "IX_term_adjustments_PaymentId_Kind",
                table: "term_adjustments",
                columns: new[] { "PaymentId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_term_buyout_offers_LeaseId",
                table: "term_buyout_offers",
                column: "LeaseId");

            migrationBuilder.CreateIndex(
                name: "IX_term_notices_LeaseId_Period_Kind",
                table: "term_notices",
                columns: new[] { "LeaseId", "Period", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_term_payments_LeaseId_Period",
                table: "term_payments",
                columns: new[] { "LeaseId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_users_Iin",
                table: "users",
                column: "Iin",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_video_session_events_ParticipantId",
                table: "video_session_events",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_video_session_events_SessionId_At",
                table: "video_session_events",
                columns: new[] { "SessionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_video_session_participants_AccountId",
                table: "video_session_participants",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_video_session_participants_SessionId_AccountId",
                table: "video_session_participants",
                columns: new[] { "SessionId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_video_sessions_ScheduledAt",
                table: "video_sessions",
                column: "ScheduledAt");

            migrationBuilder.CreateIndex(
                name: "IX_video_sessions_ScheduledByAccountId",
                table: "video_sessions",
                column: "ScheduledByAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_video_sessions_SubjectId",
                table: "video_sessions",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_documents");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "closing_signatures");

            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "contract_signatures");

            migrationBuilder.DropTable(
                name: "guarantor_invitations");

            migrationBuilder.DropTable(
                name: "lease_guarantors");

            migrationBuilder.DropTable(
                name: "lease_terminations");

            migrationBuilder.DropTable(
                name: "ledger_receipts");

            migrationBuilder.DropTable(
                name: "login_challenges");

            migrationBuilder.DropTable(
                name: "payment_handler_runs");

            migrationBuilder.DropTable(
                name: "recipient_list_entries");

            migrationBuilder.DropTable(
                name: "registrar_verdicts");

            migrationBuilder.DropTable(
                name: "registration_alerts");

            migrationBuilder.DropTable(
                name: "registration_basis_signatures");

            migrationBuilder.DropTable(
                name: "registration_events");

            migrationBuilder.DropTable(
                name: "review_checks");

            migrationBuilder.DropTable(
                name: "sandbox_acquirer_orders");

            migrationBuilder.DropTable(
                name: "sent_reminders");

            migrationBuilder.DropTable(
                name: "signing_claims");

            migrationBuilder.DropTable(
                name: "sms_outbox");

            migrationBuilder.DropTable(
                name: "term_adjustments");

            migrationBuilder.DropTable(
                name: "term_buyout_offers");

            migrationBuilder.DropTable(
                name: "term_notices");

            migrationBuilder.DropTable(
                name: "term_payments");

            migrationBuilder.DropTable(
                name: "video_session_events");

            migrationBuilder.DropTable(
                name: "lease_closings");

            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropTable(
                name: "recipient_lists");

            migrationBuilder.DropTable(
                name: "registration_applications");

            migrationBuilder.DropTable(
                name: "applications");

            migrationBuilder.DropTable(
                name: "video_session_participants");

            migrationBuilder.DropTable(
                name: "leases");

            migrationBuilder.DropTable(
                name: "video_sessions");

            migrationBuilder.DropTable(
                name: "users");
        }
    }
}
