package org.steward.system.web;

/** The thing a request names does not exist: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object id) {
        super("No " + kind + " '" + id + "'");
    }

    /** With a detail of the caller's own, when "No kind 'id'" does not say enough. */
    public NotFoundException(String detail) {
        super(detail);
    }
}
