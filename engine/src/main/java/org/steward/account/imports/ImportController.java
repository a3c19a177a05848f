package org.steward.account.imports;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.steward.system.web.NotFoundException;

/** CSV imports of account facts: upload a file (202, runs in the background), then follow its status. */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyRole('INTEGRATION','ADMIN')")
class ImportController {

    private final FactImports imports;

    ImportController(FactImports imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJob> upload(@RequestParam("file") MultipartFile file, @RequestParam("kind") String kind,
                                     @RequestParam(name = "mapping", required = false) String mapping,
                                     @RequestParam(name = "dateFormat", required = false) String dateFormat,
                                     Authentication user) {
        ImportJob job = imports.start(file, kind, mapping, dateFormat, user.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    ImportJob status(@PathVariable long id) {
        return imports.find(id).orElseThrow(() -> new NotFoundException("import", id));
    }
}
