package org.steward.account;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Batches of facts as JSON arrays; each answers with what it changed. Checking is {@link FactIngestion}'s. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('INTEGRATION','ADMIN')")
class FactController {

    private final FactIngestion ingestion;

    FactController(FactIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @PostMapping("/accounts")
    IngestReport accounts(@RequestBody List<AccountFact> rows) {
        return ingestion.ingest(FactKind.ACCOUNTS, rows);
    }

    @PostMapping("/contacts")
    IngestReport contacts(@RequestBody List<ContactFact> rows) {
        return ingestion.ingest(FactKind.CONTACTS, rows);
    }

    @PostMapping("/usage")
    IngestReport usage(@RequestBody List<UsageFact> rows) {
        return ingestion.ingest(FactKind.USAGE, rows);
    }

    @PostMapping("/tickets")
    IngestReport tickets(@RequestBody List<TicketFact> rows) {
        return ingestion.ingest(FactKind.TICKETS, rows);
    }

    @PostMapping("/nps")
    IngestReport nps(@RequestBody List<NpsFact> rows) {
        return ingestion.ingest(FactKind.NPS, rows);
    }

    @PostMapping("/invoices")
    IngestReport invoices(@RequestBody List<InvoiceFact> rows) {
        return ingestion.ingest(FactKind.INVOICES, rows);
    }

    @PostMapping("/assessments")
    IngestReport assessments(@RequestBody List<AssessmentFact> rows) {
        return ingestion.ingest(FactKind.ASSESSMENTS, rows);
    }
}
