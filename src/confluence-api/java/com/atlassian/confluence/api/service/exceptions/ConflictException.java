// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.api.service.exceptions;

/** Thrown when an update names an outdated version, as content property updates do. */
public class ConflictException extends ServiceException {

    public ConflictException(String message) {
        super(message);
    }
}
