package de.welcomeportal.portal.site;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** The HTML shell of every page: the Lumo theme and the portal's own styles (focus, skip link, layout). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("portal/portal.css")
public class PortalAppShell implements AppShellConfigurator {
}
