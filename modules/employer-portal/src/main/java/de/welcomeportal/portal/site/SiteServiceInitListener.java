package de.welcomeportal.portal.site;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.UIInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Wires the portal's site-wide behaviour into Vaadin: {@code <html lang>} on the first response, the visitor's
 * language for each new UI and for {@code ?lang=} links, and one friendly error message for unexpected errors.
 */
@Component
class SiteServiceInitListener implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SiteServiceInitListener.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", PortalLocales.forRequest(response.getVaadinRequest()).getLanguage()));
        event.getSource().addUIInitListener(this::initUi);
        event.getSource().addSessionInitListener(sessionInit -> sessionInit.getSession().setErrorHandler(error -> {
            // The stack trace goes to the operator's log; the visitor gets a message without internals.
            log.error("Unexpected error in the user interface", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification notification = Notification.show(ui.getTranslation("site.error.unexpected"), 8000,
                        Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }

    private void initUi(UIInitEvent event) {
        UI ui = event.getUI();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            Locale locale = PortalLocales.forRequest(request);
            if (!locale.equals(ui.getLocale())) {
                ui.setLocale(locale);
            }
        }
        ui.addBeforeEnterListener(this::applyLanguageParameter);
    }

    private void applyLanguageParameter(BeforeEnterEvent event) {
        Optional<Locale> requested = event.getLocation().getQueryParameters()
                .getSingleParameter(PortalLocales.QUERY_PARAMETER)
                .flatMap(PortalLocales::supported);
        requested.ifPresent(locale -> PortalLocales.switchTo(event.getUI(), locale));
    }
}
