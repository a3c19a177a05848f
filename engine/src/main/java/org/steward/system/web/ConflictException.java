package org.steward.system.web;

/** The request clashes with the current state (already done, taken by someone else): answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
