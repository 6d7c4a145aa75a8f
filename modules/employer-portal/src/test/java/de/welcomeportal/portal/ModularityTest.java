package de.welcomeportal.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The feature modules talk only through each other's public API, and never in a cycle. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(EmployerPortalAutoConfiguration.class);

    @Test
    void feature_modules_respect_each_others_boundaries() {
        modules.verify();
    }

    @Test
    void every_feature_is_a_module_of_its_own() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("site", "staff", "guidance");
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
