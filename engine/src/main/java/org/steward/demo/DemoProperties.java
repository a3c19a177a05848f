package org.steward.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode ({@code steward.demo.*}); demo mode itself starts with the program argument {@code --demo}.
 *
 * @param accounts  how many accounts the demo book has
 * @param seed      the seed of the book: the same seed gives the same book
 * @param batchSize how many rows go into one ingested batch
 */
@ConfigurationProperties("steward.demo")
record DemoProperties(@DefaultValue("200") int accounts, @DefaultValue("20251123") long seed,
                      @DefaultValue("5000") int batchSize) {
}
