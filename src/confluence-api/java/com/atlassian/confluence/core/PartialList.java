// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.core;

import java.util.List;

public class PartialList<T> {
    private final int available;
    private final int start;
    private final List<T> list;

    public PartialList(int available, int start, List<T> list) {
        this.available = available;
        this.start = start;
        this.list = list;
    }

    public int getAvailable() {
        return available;
    }

    public int getStart() {
        return start;
    }

    public int getCount() {
        return list.size();
    }

    public List<T> getList() {
        return list;
    }
}
