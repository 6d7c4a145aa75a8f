package de.welcomeportal.portal.site;

import com.vaadin.flow.component.html.Anchor;

/**
 * Skip links must move focus, not navigate: the page's {@code <base href>} would turn {@code #main-content} into
 * a link to the start page. The click is handled in the browser, so keyboard users jump straight to the content.
 */
final class SkipLinks {

    private SkipLinks() {
    }

    static void focusTargetOnActivation(Anchor skipLink, String targetId) {
        skipLink.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const target = document.getElementById($0);
                  if (target) { target.focus(); target.scrollIntoView(); }
                });""", targetId);
    }
}
