package de.welcomeportal.testapp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base for browserless UI tests (Karibu): a mocked Vaadin environment on the real Spring context, with a way to
 * act as a logged-in staff member. Karibu does not run servlet filters, so the logged-in user is carried from
 * Spring Security's context into the fake request, where Vaadin's navigation access control looks for it.
 */
@SpringBootTest(classes = PortalTestApplication.class)
public abstract class KaribuTest {

    private static final Routes ROUTES = portalRoutes();

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestSecurity.securityContext(context).setAuthentication(null);
        SecurityContextHolder.getContext().setAuthentication(null);
    }

    /**
     * Karibu's own discovery sees only public classes; the portal's views are package-private (the package is
     * the boundary), so they are found with Spring's scanner instead.
     */
    @SuppressWarnings("unchecked")
    private static Routes portalRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("de.welcomeportal.portal")) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(
                    Objects.requireNonNull(candidate.getBeanClassName()), KaribuTest.class.getClassLoader()));
        }
        return new Routes(views, new Routes().autoDiscoverViews("com.github.mvysny.kaributesting").getErrorRoutes(),
                true);
    }

    /** Logs in as a staff member with the given roles (STAFF, EDITOR, ADMIN) for the rest of the test. */
    protected void loginAs(String username, String... roles) {
        Authentication authentication = TestSecurity.staffMember(username, roles);
        TestSecurity.securityContext(context).setAuthentication(authentication);
        // Vaadin installs its strategy globally when a context starts: after another test's context was started,
        // the global one is not this context's bean any more, and Vaadin's AuthenticationContext reads the global one.
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }
}
