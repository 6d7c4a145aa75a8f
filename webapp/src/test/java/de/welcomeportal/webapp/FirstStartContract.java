package de.welcomeportal.webapp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The very first start of a portal creates one administrator with a one-time password printed to the log;
 * the next start finds it in the database and creates nobody. Run against every database the portal supports.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class FirstStartContract {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("One-time password: (\\S+)");

    /** Command-line properties that point the portal at the database under test. */
    protected abstract List<String> databaseArguments();

    /** Makes the database under test empty, as on a newly installed server. */
    protected abstract void emptyTheDatabase();

    @Test
    void the_first_start_prints_a_one_time_password_and_the_second_start_keeps_that_administrator(
            CapturedOutput output) {
        emptyTheDatabase();
        String password;
        try (ConfigurableApplicationContext first = start()) {
            Matcher printed = ONE_TIME_PASSWORD.matcher(output.getOut());
            assertThat(printed.find()).as("the one-time password is printed").isTrue();
            password = printed.group(1);
            assertThat(password).hasSize(20);
            assertThat(printed.find()).as("printed once").isFalse();
            assertThat(passwordWorks(first, password)).isTrue();
        }
        int printedSoFar = output.getOut().length();

        try (ConfigurableApplicationContext second = start()) {
            String secondStart = output.getOut().substring(printedSoFar);
            assertThat(secondStart).doesNotContain("First start").doesNotContain("One-time password");
            assertThat(passwordWorks(second, password)).as("the administrator survived the restart").isTrue();
        }
    }

    private ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>(databaseArguments());
        arguments.add("--server.port=0");
        arguments.add("--portal.admin.password=");
        return new SpringApplicationBuilder(WelcomePortalApplication.class).run(arguments.toArray(String[]::new));
    }

    private static boolean passwordWorks(ConfigurableApplicationContext context, String password) {
        String hash = context.getBean(UserDetailsService.class).loadUserByUsername("admin").getPassword();
        return context.getBean(PasswordEncoder.class).matches(password, hash);
    }
}
