// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.sal.api;

public interface ApplicationProperties {
    /** CANONICAL returns the base URL set by the administrator. */
    String getBaseUrl(UrlMode urlMode);
}
