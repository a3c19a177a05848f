package org.steward.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.steward.support.EngineNodeProcess;

/** The embedded MariaDB keeps its data across restarts, also after the JVM that ran it was killed. */
class EmbeddedMariaDbTest {

    @Test
    void shouldStartAgainOnTheSameDataAfterTheServerWasKilled() {
        Path dataDir = Path.of("target", "embedded-crash-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        String playId;
        try (EngineNodeProcess first = EngineNodeProcess.startEmbedded("embedded-a", dataDir, "--start-save=ACC-EMBEDDED:1:P30D")) {
            playId = first.linesContaining("STARTED ").get(0).replaceAll(".*STARTED ", "").trim();
            first.kill();
        }
        assertThat(Files.isDirectory(dataDir.resolve("data").resolve("steward"))).isTrue();

        try (EngineNodeProcess second = EngineNodeProcess.startEmbedded("embedded-b", dataDir, "--steward.print-play=" + playId)) {
            assertThat(second.linesContaining("left running on")).hasSize(1);
            second.awaitLine("PLAY " + playId + " ACTIVE", java.time.Duration.ofSeconds(30));
        } finally {
            // The nodes were killed, so their servers were left running: stop the last one as Steward would.
            OrphanedServer.stopAnyOn(dataDir.resolve("data"));
        }
    }

    @Test
    void shouldRefuseADataDirectoryThatTheSystemDeletesOnExit() {
        Path insideTemp = Path.of(System.getProperty("java.io.tmpdir"), "steward-data");
        assertThatThrownBy(() -> EmbeddedMariaDb.startOrGet(insideTemp, 0))
                .hasMessageContaining("inside the system temp directory")
                .hasMessageContaining("steward.database.embedded.data-dir");
    }
}
