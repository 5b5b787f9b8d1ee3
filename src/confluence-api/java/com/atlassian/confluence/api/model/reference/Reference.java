// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.api.model.reference;

/** The preview host's subclass carries the referenced id; the plugin only passes it on. */
public abstract class Reference<T> {
}
