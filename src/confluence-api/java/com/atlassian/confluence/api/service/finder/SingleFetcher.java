// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.api.service.finder;

import java.util.Optional;

public interface SingleFetcher<T> {
    Optional<T> fetch();
}
