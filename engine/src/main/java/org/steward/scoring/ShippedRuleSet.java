package org.steward.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The rule set shipped under the top-level {@code rules/} folder (in the jar at {@code steward/rules/}):
 * the defaults that seed the rule-set store as its first version.
 */
public final class ShippedRuleSet {

    public static final String LOCATION = "steward/rules/";

    private ShippedRuleSet() {
    }

    /** Every file of the shipped rule set by its path below {@code rules/}, e.g. {@code scoring/tier.drl}. */
    public static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "**/*")) {
                String url = resource.getURL().toString();
                if (!resource.isReadable() || url.endsWith("/")) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    files.put(url.substring(url.lastIndexOf(LOCATION) + LOCATION.length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped rule set under " + LOCATION, e);
        }
        return files;
    }
}
