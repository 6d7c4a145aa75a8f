package de.welcomeportal.portal.site;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/**
 * A labelled {@code <nav>} with a list of in-app links. The link to the current page carries
 * {@code aria-current="page"}, so screen readers (and the stylesheet) know where the visitor is.
 */
public class NavigationMenu extends Nav implements LocaleChangeObserver, AfterNavigationObserver {

    private final String labelKey;
    private final UnorderedList list = new UnorderedList();
    private final List<Link> links = new ArrayList<>();

    /** @param labelKey translation key of the menu's accessible name, e.g. "Hauptnavigation" */
    public NavigationMenu(String labelKey) {
        this.labelKey = labelKey;
        add(list);
    }

    /** Adds a link to a route path ({@code ""} is the start page), labelled by a translation key. */
    public NavigationMenu link(String path, String textKey) {
        Anchor anchor = new Anchor();
        anchor.setHref(path.isEmpty() ? "." : path);
        anchor.getElement().setAttribute("router-link", true);
        links.add(new Link(path, textKey, anchor));
        list.add(new ListItem(anchor));
        return this;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setAttribute("aria-label", getTranslation(labelKey));
        links.forEach(link -> link.anchor.setText(getTranslation(link.textKey)));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String current = event.getLocation().getPath();
        links.forEach(link -> {
            if (link.path.equals(current)) {
                link.anchor.getElement().setAttribute("aria-current", "page");
            } else {
                link.anchor.getElement().removeAttribute("aria-current");
            }
        });
    }

    private record Link(String path, String textKey, Anchor anchor) {
    }
}
