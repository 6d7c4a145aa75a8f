package de.welcomeportal.portal.site;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame for {@code /embed/...} routes that the CMS shows in an {@code <iframe>}: no header or footer (the
 * CMS page has them), and the page's height is posted to the parent window so the iframe can grow with it.
 */
@AnonymousAllowed
public class EmbedLayout extends Main implements RouterLayout {

    public EmbedLayout() {
        setId(PublicLayout.MAIN_ID);
        addClassName("portal-embed");
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        removeAll();
        getElement().appendChild(content.getElement());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // The message format is the contract with the light module's resize script: {type, height}.
        getElement().executeJs("""
                if (window.parent !== window && !window.__portalResize) {
                  window.__portalResize = new ResizeObserver(() => window.parent.postMessage(
                      {type: 'welcome-portal:resize', height: document.documentElement.scrollHeight}, '*'));
                  window.__portalResize.observe(document.body);
                }""");
    }
}
