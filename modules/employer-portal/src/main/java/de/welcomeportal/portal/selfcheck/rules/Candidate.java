package de.welcomeportal.portal.selfcheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The person the employer wants to employ.
 *
 * @param citizenships             ISO 3166-1 alpha-2 codes ({@code XK} = Kosovo), at least one; kept upper case
 * @param age                      completed years on the decision date
 * @param location                 abroad or already in Germany
 * @param germanLevel              German language level
 * @param adequatePensionProvision proof of adequate old-age provision (age-45 rule) is available
 * @param inGermany                the residence situation in Germany; only read when {@code location} is
 *                                 {@link Location#IN_GERMANY}
 * @param qualification            the highest qualification
 * @param experience               professional experience
 */
public record Candidate(
        List<String> citizenships,
        int age,
        Location location,
        GermanLevel germanLevel,
        boolean adequatePensionProvision,
        @Nullable InGermany inGermany,
        Qualification qualification,
        Experience experience) {

    public Candidate {
        Objects.requireNonNull(citizenships, "citizenships");
        if (citizenships.isEmpty()) {
            throw new IllegalArgumentException("A candidate has at least one citizenship");
        }
        List<String> upperCase = new ArrayList<>(citizenships.size());
        for (String code : citizenships) {
            upperCase.add(code.toUpperCase(Locale.ROOT));
        }
        citizenships = List.copyOf(upperCase);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(germanLevel, "germanLevel");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(experience, "experience");
    }

    /** The situation in Germany when the candidate is there, else {@code null}. */
    public @Nullable InGermany inGermanyIfThere() {
        return location == Location.IN_GERMANY ? inGermany : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a candidate; unset fields take the contract's defaults (abroad, no German, no qualification). */
    public static final class Builder {
        private List<String> citizenships = List.of();
        private int age = 30;
        private Location location = Location.ABROAD;
        private GermanLevel germanLevel = GermanLevel.NONE;
        private boolean adequatePensionProvision;
        private @Nullable InGermany inGermany;
        private Qualification qualification = Qualification.none();
        private Experience experience = Experience.none();

        private Builder() {
        }

        public Builder citizenships(String... codes) {
            this.citizenships = List.of(codes);
            return this;
        }

        public Builder citizenships(List<String> codes) {
            this.citizenships = codes;
            return this;
        }

        public Builder age(int age) {
            this.age = age;
            return this;
        }

        public Builder abroad() {
            this.location = Location.ABROAD;
            this.inGermany = null;
            return this;
        }

        /** In Germany with the given residence situation. */
        public Builder inGermany(InGermany inGermany) {
            this.location = Location.IN_GERMANY;
            this.inGermany = inGermany;
            return this;
        }

        public Builder location(Location location) {
            this.location = location;
            return this;
        }

        public Builder germanLevel(GermanLevel germanLevel) {
            this.germanLevel = germanLevel;
            return this;
        }

        public Builder adequatePensionProvision(boolean adequatePensionProvision) {
            this.adequatePensionProvision = adequatePensionProvision;
            return this;
        }

        public Builder qualification(Qualification qualification) {
            this.qualification = qualification;
            return this;
        }

        public Builder experience(Experience experience) {
            this.experience = experience;
            return this;
        }

        public Builder experience(int relevantYearsInLast5, int itYearsInLast7) {
            this.experience = new Experience(relevantYearsInLast5, itYearsInLast7);
            return this;
        }

        public Candidate build() {
            return new Candidate(citizenships, age, location, germanLevel, adequatePensionProvision, inGermany,
                    qualification, experience);
        }
    }
}
