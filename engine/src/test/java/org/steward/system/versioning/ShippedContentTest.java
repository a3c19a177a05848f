package org.steward.system.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.steward.notification.template.TemplateStore;
import org.steward.support.ApiTest;

/**
 * Upgrading Steward brings fixed shipped templates and playbooks into a database seeded by an older
 * version, but never over what CS ops published. Shown on the template store; the playbook store goes
 * through the same {@link ShippedContent}.
 */
class ShippedContentTest extends ApiTest {

    private static final String TEMPLATE = "notice/sla-lapsing";

    @Autowired
    TemplateStore templates;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aShippedTemplateFixedInANewReleaseReplacesTheShippedVersionButNeverOneCsOpsPublished() {
        String shipped = templates.active(TEMPLATE).source();

        publish(shipped + "<#-- as an older release shipped it -->", ShippedContent.PUBLISHER);
        templates.seedShipped();
        Map<String, Object> newest = newest();
        assertThat(newest.get("source")).isEqualTo(shipped);
        assertThat(newest.get("published_by")).isEqualTo(ShippedContent.PUBLISHER);
        assertThat((String) newest.get("note")).startsWith("updated with Steward");

        String authored = shipped + "<#-- CS ops' own wording -->";
        int authoredVersion = publish(authored, "t-ops");
        templates.seedShipped();
        assertThat(newest()).containsEntry("version", authoredVersion).containsEntry("source", authored);
    }

    @Test
    void startingAgainWithTheSameShippedFilesWritesNothing() {
        templates.seedShipped();
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM message_template_version", Integer.class);
        templates.seedShipped();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM message_template_version", Integer.class)).isEqualTo(before);
    }

    private int publish(String source, String by) {
        int version = (Integer) newest().get("version") + 1;
        jdbc.update("INSERT INTO message_template_version (template_id, version, source, published_at, published_by, note)"
                + " VALUES (?, ?, ?, NOW(6), ?, 'test')", TEMPLATE, version, source, by);
        return version;
    }

    private Map<String, Object> newest() {
        return jdbc.queryForMap("SELECT version, source, published_by, note FROM message_template_version"
                + " WHERE template_id = ? ORDER BY version DESC LIMIT 1", TEMPLATE);
    }
}
