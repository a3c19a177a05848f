package org.steward.account.imports;

/** Where an import is: waiting for a worker, being checked and stored, done, or refused (nothing stored). */
public enum ImportState { QUEUED, RUNNING, SUCCEEDED, FAILED }
