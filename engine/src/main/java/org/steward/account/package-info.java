/**
 * Account facts: accounts, contacts, daily usage, tickets, NPS responses, invoices and CSM assessments as
 * integrations send them (JSON batches or CSV files), stored idempotently on each kind's natural key.
 * {@link org.steward.account.FactIngestion} takes batches in; {@link org.steward.account.AccountFactsChanged}
 * says whose facts changed; {@link org.steward.account.AccountBook} streams accounts with their facts for
 * scoring. The REST API and CSV imports ({@code imports}) are thin layers over it.
 */
package org.steward.account;
