// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.labels;

import com.atlassian.core.bean.EntityObject;
import java.util.Locale;

public class Label extends EntityObject {
    private final String name;

    public Label(String name) {
        this.name = name.toLowerCase(Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public String getDisplayTitle() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Label && ((Label) other).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
