package de.welcomeportal.portal.precheck;

/**
 * A file the employer hands in. The declared name is only a label: the type is read from the content.
 *
 * @param fileName the name as the browser sent it; shortened and cleaned before it is stored
 */
public record DocumentUpload(String fileName, byte[] content) {
}
