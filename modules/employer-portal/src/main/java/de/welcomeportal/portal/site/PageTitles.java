package de.welcomeportal.portal.site;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Page titles follow one pattern, "page – Welcome-Center name", so tabs and screen readers name the page first. */
@Component
public class PageTitles {

    private final SiteProperties site;

    PageTitles(SiteProperties site) {
        this.site = site;
    }

    public String of(String pageName) {
        return pageName + " – " + site.logoText();
    }

    /**
     * Vaadin names the page on navigation only; layouts call this when the language changes. The title is read
     * just before the response, because the layout hears of the new language before the view has re-rendered.
     */
    public static void renameAfterLanguageSwitch(java.util.function.Supplier<@Nullable HasElement> content) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            // the content is asked for only then: on a navigation the layout hears of the language before it is
            // given the new view, and the old view's title must not win over the new one
            ui.beforeClientResponse(ui, context -> {
                if (content.get() instanceof HasDynamicTitle titled) {
                    ui.getPage().setTitle(titled.getPageTitle());
                }
            });
        }
    }
}
