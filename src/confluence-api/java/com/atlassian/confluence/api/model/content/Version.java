// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.api.model.content;

public class Version {
    private final int number;

    private Version(int number) {
        this.number = number;
    }

    public static VersionBuilder builder() {
        return new VersionBuilder();
    }

    public int getNumber() {
        return number;
    }

    public VersionBuilder nextBuilder() {
        return builder().number(number + 1);
    }

    public static class VersionBuilder {
        private int number;

        private VersionBuilder() {
        }

        public VersionBuilder number(int number) {
            this.number = number;
            return this;
        }

        public Version build() {
            return new Version(number);
        }
    }
}
