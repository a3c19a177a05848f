package org.steward.account.imports;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CSV imports ({@code steward.imports.*}).
 *
 * @param workers    how many imports run at once; more wait in a queue
 * @param maxErrors  how many problems of a failed import are kept and shown (all are counted)
 * @param staleAfter an unfinished import that showed no progress for this long is failed when a node starts
 * @param directory  where uploaded files wait for their import (default: the system's temporary directory)
 */
@ConfigurationProperties("steward.imports")
record ImportProperties(@DefaultValue("1") int workers, @DefaultValue("1000") int maxErrors,
                        @DefaultValue("10m") Duration staleAfter, Path directory) {

    Path directoryOrDefault() {
        return directory != null ? directory : Path.of(System.getProperty("java.io.tmpdir"), "steward-imports");
    }
}
