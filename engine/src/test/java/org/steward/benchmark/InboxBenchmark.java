package org.steward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.steward.support.PlayApiTest;
import org.steward.user.UserDirectory;

/**
 * The task inbox over HTTP on a full book: {@code -Dbenchmark.tasks=100000} open tasks across
 * {@code -Dbenchmark.csms=200} CSMs (ten per team lead), some shared with their team lead or the CS directors after an
 * escalation, and as many closed tasks ({@code -Dbenchmark.closed}). The rows are copies of rows the real code wrote
 * for real save plays ({@link InboxBook}). Then, warm, each inbox query is asked {@code -Dbenchmark.requests=1000}
 * times in a row by several users (one client thread: the latency of a request on a quiet server), in
 * {@code -Dbenchmark.runs=3} runs; and {@code assignee=me} once more from {@code -Dbenchmark.threads=4} client
 * threads at once. Server and client share this JVM and the machine. Before each series every user who asks signs in
 * once, untimed, and the server remembers a checked password for 30 minutes (instead of one): the BCrypt check of a
 * password is not the inbox's cost.
 */
@TestPropertySource(properties = "steward.security.verified-credentials-ttl=PT30M")
class InboxBenchmark extends PlayApiTest {

    private static final int TASKS = Integer.getInteger("benchmark.tasks", 100_000);
    private static final int CLOSED = Integer.getInteger("benchmark.closed", 100_000);
    private static final int CSMS = Integer.getInteger("benchmark.csms", 200);
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 1000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    /** Requests go to every tenth CSM and every fourth team lead: "several" users, each with their own inbox. */
    private static final int USERS_ASKING = 20;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private UserDirectory users;

    /** One inbox question: who asks (by request number) and what. */
    private record Shape(String name, IntFunction<String> user, IntFunction<String> query) {
    }

    @Test
    void inboxLatencyOverHttp() throws Exception {
        BenchmarkReport report = new BenchmarkReport("inbox");
        InboxBook book = InboxBook.seed(savePlays, users, jdbc, this::as, TASKS, CLOSED, CSMS, report);
        book.verifySample(this::get);

        List<Shape> shapes = List.of(
                new Shape("assignee=me", n -> book.csm(csmAsking(n)), n -> "assignee=me"),
                new Shape("assignee=me&page=10", n -> book.csm(csmAsking(n)), n -> "assignee=me&page=10"),
                new Shape("assignee=me&overdue=true", n -> book.csm(csmAsking(n)), n -> "assignee=me&overdue=true"),
                new Shape("assignee=me&accountExternalId=", n -> book.csm(csmAsking(n)),
                        n -> "assignee=me&accountExternalId=" + book.accountOf(csmAsking(n), n)),
                new Shape("assignee=me&status=completed", n -> book.csm(csmAsking(n)), n -> "assignee=me&status=completed"),
                new Shape("assignee=group (CSM)", n -> book.csm(csmAsking(n)), n -> "assignee=group"),
                new Shape("assignee=group (team lead)", n -> book.lead(leadAsking(book, n)), n -> "assignee=group"),
                new Shape("assignee=group (CS director)", n -> InboxBook.DIRECTOR, n -> "assignee=group"),
                new Shape("assignee=team (team lead)", n -> book.lead(leadAsking(book, n)), n -> "assignee=team"));

        report.line("- asking: %d CSMs (every tenth), team leads, one CS director; page size 20; %d requests per query and run, one client thread",
                USERS_ASKING, REQUESTS);
        for (Shape shape : shapes) {
            measure(shape, REQUESTS / 2, 1);
        }
        List<List<Double>> p50s = new ArrayList<>();
        List<List<Double>> p99s = new ArrayList<>();
        shapes.forEach(s -> {
            p50s.add(new ArrayList<>());
            p99s.add(new ArrayList<>());
        });
        for (int run = 1; run <= RUNS; run++) {
            for (int i = 0; i < shapes.size(); i++) {
                Latencies latencies = measure(shapes.get(i), REQUESTS, 1);
                p50s.get(i).add(latencies.percentileMillis(50));
                p99s.get(i).add(latencies.percentileMillis(99));
                report.line("- run %d, `%s`: %s (load average %s)", run, shapes.get(i).name(), latencies.summary(),
                        BenchmarkReport.loadAverage());
            }
        }
        report.line("");
        report.line("| query | p50 median (ms) | p99 median (ms) | p99 runs (ms) |");
        report.line("|---|---|---|---|");
        for (int i = 0; i < shapes.size(); i++) {
            report.line("| `%s` | %.1f | %.1f | %s |", shapes.get(i).name(), BenchmarkReport.median(p50s.get(i)),
                    BenchmarkReport.median(p99s.get(i)), BenchmarkReport.runs(p99s.get(i)));
        }
        List<Double> concurrent = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            Latencies latencies = measure(shapes.get(0), REQUESTS * THREADS, THREADS);
            concurrent.add(latencies.percentileMillis(99));
            report.line("- `assignee=me` from %d client threads at once, run %d: %s (load average %s)", THREADS, run,
                    latencies.summary(), BenchmarkReport.loadAverage());
        }
        report.line("- `assignee=me` from %d client threads: p99 median %.1f ms", THREADS, BenchmarkReport.median(concurrent));
        report.write();
    }

    private static int csmAsking(int n) {
        return (n % USERS_ASKING) * (CSMS / USERS_ASKING);
    }

    private static int leadAsking(InboxBook book, int n) {
        return (n % 5) * Math.max(1, book.leads() / 5);
    }

    private Latencies measure(Shape shape, int requests, int threads) throws Exception {
        signIn(shape);
        Latencies latencies = new Latencies(requests);
        Parallel.run(threads, requests, n -> {
            String path = "/api/v1/tasks?" + shape.query().apply(n);
            long started = System.nanoTime();
            HttpResponse<String> response = send(shape.user().apply(n), path);
            latencies.add(System.nanoTime() - started);
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " as " + shape.user().apply(n) + ": " + response.statusCode() + " " + response.body());
            }
        });
        return latencies;
    }

    /**
     * One untimed request by each user who asks next: Steward checks a password's BCrypt hash (60–100 ms here) once per
     * user and {@code steward.security.verified-credentials-ttl} (a minute by default, raised to 30 minutes here): the
     * figures are the inbox's, not that check's.
     */
    private void signIn(Shape shape) throws Exception {
        Set<String> users = new HashSet<>();
        for (int n = 0; n < USERS_ASKING * 5; n++) {
            users.add(shape.user().apply(n));
        }
        for (String user : users) {
            send(user, "/api/v1/tasks?size=1");
        }
    }

    /** GET as this user; the JSON body as a map. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String user, String path) {
        try {
            HttpResponse<String> response = send(user, path);
            assertThat(response.statusCode()).as("GET %s as %s: %s", path, user, response.body()).isEqualTo(200);
            return json.readValue(response.body(), Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String user, String path) throws Exception {
        String authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
