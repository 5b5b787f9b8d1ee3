// Compile-only host declaration; signatures checked against Confluence 8.7.2 bytecode (decompiled) and 9.x/10.x javadoc.
package com.atlassian.confluence.api.service.content;

import com.atlassian.confluence.api.model.Expansion;
import com.atlassian.confluence.api.model.content.JsonContentProperty;
import com.atlassian.confluence.api.model.content.id.ContentId;
import com.atlassian.confluence.api.service.exceptions.ServiceException;
import com.atlassian.confluence.api.service.finder.ManyFetcher;
import com.atlassian.confluence.api.service.finder.SingleFetcher;

public interface ContentPropertyService {
    int MAXIMUM_KEY_LENGTH = 255;
    int MAXIMUM_VALUE_LENGTH = 32768;

    JsonContentProperty create(JsonContentProperty property) throws ServiceException;

    ContentPropertyFinder find(Expansion... expansions);

    /** The new version number must be the current one plus one, else ConflictException. */
    JsonContentProperty update(JsonContentProperty property) throws ServiceException;

    void delete(JsonContentProperty property) throws ServiceException;

    interface SingleContentPropertyFetcher extends SingleFetcher<JsonContentProperty> {
    }

    interface ContentPropertyFetcher
            extends SingleContentPropertyFetcher, ManyFetcher<JsonContentProperty> {
    }

    interface ParameterContentPropertyFinder extends ContentPropertyFetcher {
        ParameterContentPropertyFinder withContentId(ContentId contentId);

        ParameterContentPropertyFinder withPropertyKey(String key);
    }

    interface ContentPropertyFinder extends ParameterContentPropertyFinder {
    }
}
