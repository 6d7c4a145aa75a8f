package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The test fixture itself holds the lists and picks the figures as LAW.md says. */
class TestFiguresTest {

    @Test
    void the_lists_have_the_sizes_of_the_law() {
        assertThat(TestFigures.FREE_MOVEMENT_STATES).hasSize(27 + 3 + 1);
        assertThat(TestFigures.PRIVILEGED_STATES).hasSize(11);
        assertThat(TestFigures.WESTERN_BALKAN_STATES).hasSize(6);
        assertThat(TestFigures.VISA_FREE_EMPLOYMENT_STATES).hasSize(8).allMatch(TestFigures.PRIVILEGED_STATES::contains);
        assertThat(TestFigures.HEALTH_RECRUITMENT_BAN_STATES).hasSize(55);
    }

    @Test
    void the_figures_valid_on_a_date_are_picked_by_their_start() {
        assertThat(TestFigures.on(LocalDate.of(2024, 2, 29))).isSameAs(TestFigures.Y2024_BEFORE_MARCH);
        assertThat(TestFigures.on(LocalDate.of(2024, 3, 1))).isSameAs(TestFigures.Y2024_FROM_MARCH);
        assertThat(TestFigures.on(LocalDate.of(2024, 6, 1))).isSameAs(TestFigures.Y2024_FROM_JUNE);
        assertThat(TestFigures.on(LocalDate.of(2025, 12, 31))).isSameAs(TestFigures.Y2025);
        assertThat(TestFigures.on(LocalDate.of(2026, 1, 1))).isSameAs(TestFigures.Y2026);
        assertThat(TestFigures.Y2024_BEFORE_MARCH.experiencedWorkerThreshold()).isNull();
        assertThat(TestFigures.Y2024_FROM_MARCH.legacyItSpecialistThreshold()).isNull();
    }
}
