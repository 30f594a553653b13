using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VnChildProtection.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "vncp_case_events",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    trigger = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vncp_case_events", x => new { x.case_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "vncp_case_notices",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    trigger = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    recipient = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recipient_commune = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    message = table.Column<string>(type: "text", nullable: false),
                    dispatched_at = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vncp_case_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "vncp_case_obligations",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    commune = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    obligation = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    citation = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    start = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    due = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vncp_case_obligations", x => new { x.case_id, x.ordinal });
                });

            migrationBuilder.CreateTable(
                name: "vncp_cases",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    commune = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    state = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    is_open = table.Column<bool>(type: "boolean", nullable: false),
                    received_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    last_event_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vncp_cases", x => x.case_id);
                });

            migrationBuilder.CreateTable(
                name: "vncp_observations",
                columns: table => new
                {
                    unit_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    disaggregation = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    measure = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    numerator = table.Column<decimal>(type: "numeric(28,8)", precision: 28, scale: 8, nullable: true),
                    denominator = table.Column<decimal>(type: "numeric(28,8)", precision: 28, scale: 8, nullable: true),
                    value = table.Column<decimal>(type: "numeric(28,8)", precision: 28, scale: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vncp_observations", x => new { x.unit_code, x.period, x.measure, x.disaggregation });
                });

            migrationBuilder.CreateTable(
                name: "vncp_plans",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    schema_version = table.Column<int>(type: "integer", nullable: false),
                    document = table.Column<string>(type: "jsonb", nullable: false),
                    stored_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vncp_plans", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_vncp_case_notices_waiting",
                table: "vncp_case_notices",
                columns: new[] { "dispatched_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_vncp_case_obligations_commune_due",
                table: "vncp_case_obligations",
                columns: new[] { "commune", "due" });

            migrationBuilder.CreateIndex(
                name: "ix_vncp_cases_commune_open",
                table: "vncp_cases",
                columns: new[] { "commune", "is_open", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vncp_case_events");

            migrationBuilder.DropTable(
                name: "vncp_case_notices");

            migrationBuilder.DropTable(
                name: "vncp_case_obligations");

            migrationBuilder.DropTable(
                name: "vncp_cases");

            migrationBuilder.DropTable(
                name: "vncp_observations");

            migrationBuilder.DropTable(
                name: "vncp_plans");
        }
    }
}
