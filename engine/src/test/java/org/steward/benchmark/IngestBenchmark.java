package org.steward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.steward.support.ApiTest;

/**
 * Accounts, then their daily usage, sent to the REST API as an integration would: JSON arrays over HTTP with
 * Basic auth as an INTEGRATION user, from several client threads, into a real server on the embedded MariaDB
 * (server and client share this JVM and the machine). Each run sends new accounts, so every row is an insert.
 *
 * <p>Sizes: {@code -Dbenchmark.accounts=100000}, {@code -Dbenchmark.days=30} (usage rows = accounts × days),
 * {@code -Dbenchmark.threads=4}, {@code -Dbenchmark.batch=5000} usage rows per request (accounts: 2000),
 * {@code -Dbenchmark.runs=3}.
 */
class IngestBenchmark extends ApiTest {

    private static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 100_000);
    private static final int DAYS = Integer.getInteger("benchmark.days", 30);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    private static final int USAGE_BATCH = Integer.getInteger("benchmark.batch", 5000);
    private static final int ACCOUNT_BATCH = 2000;
    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    private static final Pattern INSERTED = Pattern.compile("\"inserted\"\\s*:\\s*(\\d+)");
    private static final List<String> FEATURES = List.of("dashboards", "reports", "alerts", "exports", "workflows", "api");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString(("t-integration:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final LocalDate yesterday = LocalDate.now().minusDays(1);

    @Autowired
    private PasswordEncoder passwords;

    @Test
    void ingestAccountsAndDailyUsageOverHttp() throws Exception {
        BenchmarkReport report = new BenchmarkReport("ingest");
        report.line("- per run: %d accounts (batches of %d), then %d usage rows (%d days each, batches of %d); %d client threads; %d runs",
                ACCOUNTS, ACCOUNT_BATCH, (long) ACCOUNTS * DAYS, DAYS, USAGE_BATCH, THREADS, RUNS);
        report.line("- a BCrypt check of the password (HTTP Basic) costs %.0f ms here (median of 20)", bcryptMillis());
        List<Double> accountRates = new ArrayList<>();
        List<Double> usageRates = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            String prefix = "b" + run + "-" + System.currentTimeMillis() % 100_000 + "-";
            int accountsPerBatch = ACCOUNT_BATCH;
            accountRates.add(send("/api/v1/accounts", ceil(ACCOUNTS, accountsPerBatch), ACCOUNTS,
                    batch -> accounts(prefix, batch * accountsPerBatch, Math.min(ACCOUNTS, (batch + 1) * accountsPerBatch))));
            int accountsPerUsageBatch = Math.max(1, USAGE_BATCH / DAYS);
            usageRates.add(send("/api/v1/usage", ceil(ACCOUNTS, accountsPerUsageBatch), (long) ACCOUNTS * DAYS,
                    batch -> usage(prefix, batch * accountsPerUsageBatch, Math.min(ACCOUNTS, (batch + 1) * accountsPerUsageBatch))));
            report.line("- run %d: %.0f accounts/s, %.0f usage rows/s (load average %s)", run,
                    accountRates.get(run - 1), usageRates.get(run - 1), BenchmarkReport.loadAverage());
        }
        report.line("- accounts: median %.0f rows/s (runs: %s)", BenchmarkReport.median(accountRates), BenchmarkReport.runs(accountRates));
        report.line("- usage: median %.0f rows/s (runs: %s)", BenchmarkReport.median(usageRates), BenchmarkReport.runs(usageRates));
        report.write();
    }

    /** Sends batches {@code 0..batches-1} from {@link #THREADS} threads; checks every row was inserted; rows per second. */
    private double send(String path, int batches, long rows, IntFunction<byte[]> body) throws Exception {
        AtomicLong inserted = new AtomicLong();
        double seconds = Parallel.run(THREADS, batches, batch -> inserted.addAndGet(post(path, body.apply(batch))));
        assertThat(inserted.get()).as("rows inserted by %s", path).isEqualTo(rows);
        return rows / seconds;
    }

    private long post(String path, byte[] json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher matcher = INSERTED.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private byte[] accounts(String prefix, int from, int to) {
        StringBuilder json = new StringBuilder((to - from) * 300).append('[');
        for (int i = from; i < to; i++) {
            int seats = 10 + i % 490;
            json.append(i > from ? "," : "").append("{\"externalId\":\"").append(prefix).append(i)
                    .append("\",\"name\":\"Account ").append(i).append("\",\"segment\":\"")
                    .append(i % 10 == 0 ? "ENTERPRISE" : i % 3 == 0 ? "MID_MARKET" : "SMB")
                    .append("\",\"plan\":\"Business\",\"arr\":").append(seats * 400).append(".00,\"seatsPurchased\":").append(seats)
                    .append(",\"contractStart\":\"").append(yesterday.minusDays(200 + i % 300))
                    .append("\",\"renewalDate\":\"").append(yesterday.plusDays(1 + i % 365))
                    .append("\",\"csmOwner\":\"t-csm\",\"teamLead\":\"t-lead\",\"attributes\":{\"region\":\"EMEA\"}}");
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] usage(String prefix, int from, int to) {
        StringBuilder json = new StringBuilder((to - from) * DAYS * 220).append('[');
        boolean first = true;
        for (int i = from; i < to; i++) {
            for (int d = DAYS; d >= 1; d--) {
                int seats = 10 + i % 490;
                int active = seats * (50 + (i + d) % 40) / 100;
                json.append(first ? "" : ",").append("{\"accountExternalId\":\"").append(prefix).append(i)
                        .append("\",\"date\":\"").append(yesterday.minusDays(d - 1)).append("\",\"activeUsers\":").append(active)
                        .append(",\"logins\":").append(active * 2 + d % 7).append(",\"featuresUsed\":[");
                for (int f = 0; f < 2 + (i + d) % (FEATURES.size() - 1); f++) {
                    json.append(f > 0 ? "," : "").append('"').append(FEATURES.get(f)).append('"');
                }
                json.append("],\"apiCalls\":").append((long) (i % 1000) * 37 + d * 11).append(",\"apiLimit\":100000,\"seatsUsed\":")
                        .append(seats * 8 / 10).append('}');
                first = false;
            }
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private double bcryptMillis() {
        String hash = passwords.encode(PASSWORD);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            passwords.matches(PASSWORD, hash);
            times.add((System.nanoTime() - started) / 1e6);
        }
        return BenchmarkReport.median(times);
    }

    private static int ceil(int total, int per) {
        return (total + per - 1) / per;
    }
}
