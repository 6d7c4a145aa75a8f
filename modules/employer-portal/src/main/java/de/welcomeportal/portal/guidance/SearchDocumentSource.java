package de.welcomeportal.portal.guidance;

import java.util.List;

/**
 * Everything that is published, in every language: what {@link GuidanceIndex} rebuilds itself from when its files
 * are missing, empty, corrupt or of an older schema. Implemented by the guidance store.
 */
public interface SearchDocumentSource {

    List<SearchDocument> allPublished();
}
