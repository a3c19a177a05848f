package org.steward.account.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.steward.support.ApiTest;

class FactImportApiTest extends ApiTest {

    private static final String BOM = "\uFEFF";

    private final String p = "i" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldImportUsageWithAMappingFromTheFilesOwnColumnNames() {
        importAccounts("a", "b");
        String csv = """
                Account ID,Day,Active Users,Logins,Features,API Calls,API Limit,Seats,Team,Export batch
                %1$sa,2025-03-01,10,40,reports;api,900,1000,12,,7
                %1$sa,2025-03-02,11,41,reports|api|sso,950,1000,12,,7
                %1$sb,2025-03-02,3,5,,0,,4,Finance,7
                """.formatted(p);
        String mapping = "{\"Account ID\": \"accountExternalId\", \"Day\": \"date\", \"Features\": \"featuresUsed\","
                + " \"Seats\": \"seatsUsed\", \"Export batch\": null}";

        Map<String, Object> job = finished(upload("usage", csv, mapping, null));

        assertThat(job).containsEntry("state", "SUCCEEDED").containsEntry("rowsTotal", 3).containsEntry("rowsDone", 3)
                .containsEntry("inserted", 3).containsEntry("errorCount", 0);
        Map<String, Object> account = as("t-csm").getForEntity("/api/v1/accounts/{id}", Map.class, p + "a").getBody();
        assertThat((List<Map<String, Object>>) account.get("latestUsage")).singleElement().satisfies(usage -> assertThat(usage)
                .containsEntry("date", "2025-03-02").containsEntry("featuresUsed", List.of("reports", "api", "sso"))
                .containsEntry("activeUsers", 11).containsEntry("apiLimit", 1000));

        assertThat(finished(upload("USAGE", csv, mapping, null))).containsEntry("state", "SUCCEEDED")
                .containsEntry("inserted", 0).containsEntry("unchanged", 3);
    }

    @Test
    void shouldImportAMessyExportWithBomCrlfQuotesAndEmptyTrailingLines() {
        String csv = BOM + String.join("\r\n",
                "externalId,name,segment,plan,arr,seatsPurchased,contractStart,renewalDate,csmOwner,teamLead,attributes.notes",
                p + "m1,\"Acme, Inc.\",Mid Market,growth,48000.50,40,2024-04-01,2026-03-31,t-csm,,\"Two sites:\r\nBerlin, Lyon\"",
                p + "m2,\"The \"\"Quoted\"\" Co\",smb,starter,1200,5,2024-05-01,2025-04-30,t-csm2,t-lead,",
                "", "", "");
        Map<String, Object> job = finished(upload("accounts", csv, null, null));
        assertThat(job).containsEntry("state", "SUCCEEDED").containsEntry("inserted", 2);

        Map<String, Object> m1 = as("t-csm").getForEntity("/api/v1/accounts/{id}", Map.class, p + "m1").getBody();
        assertThat(m1).containsEntry("name", "Acme, Inc.").containsEntry("segment", "MID_MARKET")
                .containsEntry("attributes", Map.of("notes", "Two sites:\r\nBerlin, Lyon"));
        assertThat(as("t-csm").getForEntity("/api/v1/accounts/{id}", Map.class, p + "m2").getBody())
                .containsEntry("name", "The \"Quoted\" Co").containsEntry("attributes", Map.of());

        String contacts = BOM + String.join("\r\n", "External Id,Account External Id,Name,Email,Champion,Active,DISC",
                p + "c1," + p + "m1,Ana,ana@example.test,yes,1,d",
                p + "c2," + p + "m1,Bo,,No,0,", "");
        assertThat(finished(upload("contacts", contacts, null, null))).containsEntry("state", "SUCCEEDED")
                .containsEntry("inserted", 2);
        assertThat(jdbc.queryForList("SELECT CONCAT(external_id, ' ', champion, ' ', active, ' ', COALESCE(disc, '-'))"
                + " FROM contact WHERE external_id LIKE ? ORDER BY external_id", String.class, p + "%"))
                .containsExactly(p + "c1 1 1 D", p + "c2 0 0 -");
    }

    @Test
    void shouldReadDayFirstDatesInTheGivenFormat() {
        importAccounts("a");
        String csv = "accountExternalId,date,activeUsers,logins,apiCalls,seatsUsed\n"
                + p + "a,31/01/2025,5,6,7,8\n" + p + "a,01/02/2025,5,6,7,8\n";
        assertThat(finished(upload("usage", csv, null, "dd/MM/yyyy"))).containsEntry("state", "SUCCEEDED");
        assertThat(jdbc.queryForList("SELECT u.usage_date FROM usage_day u JOIN account a ON a.id = u.account_id"
                + " WHERE a.external_id = ? ORDER BY u.usage_date", String.class, p + "a"))
                .containsExactly("2025-01-31", "2025-02-01");
    }

    @Test
    void shouldReportEveryBadRowWithItsLineAndColumnAndStoreNothing() {
        importAccounts("a");
        String csv = String.join("\r\n",
                "Account,date,activeUsers,logins,apiCalls,seatsUsed,team",
                p + "a,01/03/2025,5,6,7,8,\"Ops,\r\nand Support\"",
                p + "a,02/03/2025,many,6,7,8,",
                p + "a,30/02/2025,5,6,7,8,",
                p + "ghost,03/03/2025,5,6,7,8,",
                p + "a,04/03/2025,5,-6,7,8,",
                p + "a,,5,6,7,8,",
                p + "a,05/03/2025,5,6,7",
                p + "a,06/03/2025,5,6,7,8,");

        Map<String, Object> job = finished(upload("usage", csv, "{\"Account\": \"accountExternalId\"}", "dd/MM/yyyy"));

        assertThat(job).containsEntry("state", "FAILED").containsEntry("rowsDone", 0).containsEntry("errorCount", 6);
        assertThat((List<Map<String, Object>>) job.get("errors"))
                .extracting(e -> e.get("row") + " " + e.get("column") + " " + e.get("reason"))
                .containsExactly(
                        "4 activeUsers 'many' is not a whole number",
                        "5 date '30/02/2025' is not a date in the format dd/MM/yyyy",
                        "6 Account no account '" + p + "ghost'",
                        "7 logins must be greater than or equal to 0",
                        "8 date must not be null",
                        "9 null has 5 values where the header has 7 columns");
        assertThat(usageRows()).isZero();
    }

    @Test
    void shouldImportAFileOfManyChunksWholeOrNotAtAll() {
        importAccounts("a", "b", "c", "d", "e");
        StringBuilder csv = new StringBuilder("accountExternalId,date,activeUsers,logins,apiCalls,seatsUsed\n");
        LocalDate first = LocalDate.of(2022, 1, 1);
        for (String account : List.of("a", "b", "c", "d", "e")) {
            for (int day = 0; day < 1000; day++) {
                csv.append(p).append(account).append(',').append(first.plusDays(day)).append(",5,6,7,8\n");
            }
        }
        String bad = csv + p + "a," + first + ",5,6,7,8\n";

        Map<String, Object> refused = finished(upload("usage", bad, null, null));
        assertThat(refused).containsEntry("state", "FAILED").containsEntry("rowsTotal", 5001).containsEntry("errorCount", 1);
        assertThat((List<Map<String, Object>>) refused.get("errors")).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("row", 5002).containsEntry("column", "date")
                .containsEntry("reason", "repeats the key of the row on line 2 in this batch"));
        assertThat(usageRows()).isZero();

        assertThat(finished(upload("usage", csv.toString(), null, null))).containsEntry("state", "SUCCEEDED")
                .containsEntry("rowsTotal", 5000).containsEntry("rowsDone", 5000).containsEntry("inserted", 5000);
        assertThat(usageRows()).isEqualTo(5000);
    }

    @Test
    void shouldRefuseAtUploadAnUnknownKindMappingOrDateFormatNamingIt() {
        String csv = "accountExternalId,date,activeUsers,logins,apiCalls,seatsUsed\n" + p + "a,2025-03-01,1,1,1,1\n";
        assertThat(uploadProblems("widgets", csv, null, null)).extracting(e -> e.get("field")).containsExactly("kind");
        assertThat(uploadProblems("usage", csv, "{\"date\": \"dayOfWeek\"}", null))
                .extracting(e -> e.get("field") + " " + e.get("reason"))
                .first().asString().startsWith("mapping.date 'dayOfWeek' is not a field of USAGE");
        assertThat(uploadProblems("usage", csv, "{\"Day\": \"date\"}", null))
                .extracting(e -> e.get("field")).containsExactly("mapping.Day");
        assertThat(uploadProblems("usage", csv, "not json", "dd/bb/yyyy"))
                .extracting(e -> e.get("field")).containsExactly("mapping", "dateFormat");
        assertThat(uploadProblems("usage", "accountExternalId,activeUsers\nx,1\n", null, null))
                .extracting(e -> e.get("field") + " " + e.get("reason")).contains(
                        "file no column gives the required field 'date'; name a column so or map one to it");
    }

    @Test
    void shouldAnswer404ForAnImportThatDoesNotExist() {
        assertThat(as("t-integration").getForEntity("/api/v1/imports/987654321", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private int usageRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM usage_day u JOIN account a ON a.id = u.account_id"
                + " WHERE a.external_id LIKE ?", Integer.class, p + "%");
    }

    private void importAccounts(String... names) {
        StringBuilder csv = new StringBuilder("externalId,name,segment,plan,arr,seatsPurchased,contractStart,renewalDate,csmOwner\n");
        for (String name : names) {
            csv.append(p).append(name).append(",Account ").append(name).append(",SMB,starter,1000,5,2024-01-01,2026-01-01,t-csm\n");
        }
        assertThat(finished(upload("accounts", csv.toString(), null, null))).containsEntry("state", "SUCCEEDED");
    }

    private ResponseEntity<Map> upload(String kind, String csv, String mapping, String dateFormat) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "export.csv";
            }
        });
        form.add("kind", kind);
        if (mapping != null) {
            form.add("mapping", mapping);
        }
        if (dateFormat != null) {
            form.add("dateFormat", dateFormat);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as("t-integration").postForEntity("/api/v1/imports", new HttpEntity<>(form, headers), Map.class);
    }

    private List<Map<String, Object>> uploadProblems(String kind, String csv, String mapping, String dateFormat) {
        ResponseEntity<Map> response = upload(kind, csv, mapping, dateFormat);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return (List<Map<String, Object>>) response.getBody().get("errors");
    }

    /** Polls the import's status until it has finished, for at most 30 seconds. */
    private Map<String, Object> finished(ResponseEntity<Map> accepted) {
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        URI location = accepted.getHeaders().getLocation();
        assertThat(location.getPath()).isEqualTo("/api/v1/imports/" + accepted.getBody().get("id"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Map<String, Object> job = as("t-integration").getForEntity(location.getPath(), Map.class).getBody();
            Object state = job.get("state");
            if ("SUCCEEDED".equals(state) || "FAILED".equals(state)) {
                return job;
            }
            assertThat(Instant.now()).as("import still %s", state).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
