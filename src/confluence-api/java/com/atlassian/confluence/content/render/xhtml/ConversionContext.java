// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

public interface ConversionContext {
    ContentEntityObject getEntity();

    String getSpaceKey();

    /** One of preview, display, word, pdf, html_export, feed, email, diff. */
    String getOutputType();

    String getOutputDeviceType();

    Object getProperty(String name);

    Object getProperty(String name, Object defaultValue);

    String getPropertyAsString(String name);

    boolean hasProperty(String name);

    void setProperty(String name, Object value);
}
