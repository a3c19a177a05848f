package org.steward.playbook;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Playbooks: read by everyone signed in; validated and published by CS ops. Bodies are YAML or JSON text. */
@RestController
@RequestMapping("/api/v1/playbooks")
class PlaybookController {


    private final PlaybookStore store;

    PlaybookController(PlaybookStore store) {
        this.store = store;
    }

    @GetMapping
    List<PlaybookView> all() {
        return store.all().stream().map(PlaybookView::of).toList();
    }

    @GetMapping("/{id}")
    PlaybookView active(@PathVariable String id) {
        return PlaybookView.of(store.active(id));
    }

    @GetMapping("/{id}/versions")
    List<PlaybookView> versions(@PathVariable String id) {
        return store.history(id).stream().map(PlaybookView::of).toList();
    }

    @GetMapping("/{id}/versions/{version}")
    PlaybookView version(@PathVariable String id, @PathVariable int version) {
        return PlaybookView.of(store.version(id, version));
    }

    /** Checks a playbook without publishing it: 200 with the playbook as read, or 400 naming every problem. */
    @PostMapping(path = "/validate", consumes = {"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_JSON_VALUE})
    @PreAuthorize("hasAnyRole('CS_OPS','ADMIN')")
    Playbook validate(@RequestBody String text) {
        return store.validate("request body", text);
    }

    /** Publishes a new version; {@code basedOn} guards against overwriting someone else's version (409). */
    @PostMapping(path = "/{id}/versions", consumes = {"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_JSON_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CS_OPS','ADMIN')")
    PlaybookView publish(@PathVariable String id, @RequestBody String text, @RequestParam(required = false) Integer basedOn,
                         @RequestParam(required = false) String note, Authentication user) {
        return PlaybookView.of(store.publish(id, text, user.getName(), note, basedOn));
    }

    record PlaybookView(String id, int version, Instant publishedAt, String publishedBy, String note, Playbook playbook, String source) {
        static PlaybookView of(PublishedPlaybook p) {
            return new PlaybookView(p.playbook().id(), p.version(), p.publishedAt(), p.publishedBy(), p.note(), p.playbook(), p.source());
        }
    }
}
