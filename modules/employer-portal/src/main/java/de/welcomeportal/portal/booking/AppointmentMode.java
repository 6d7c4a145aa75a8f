package de.welcomeportal.portal.booking;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How the advice takes place. */
public enum AppointmentMode {
    /** At the office. */
    ON_SITE,
    /** By video call; the Welcome-Center sends the link. */
    VIDEO,
    /** By phone; the Welcome-Center calls. */
    PHONE;

    /** The part of the translation keys for this mode, e.g. {@code on-site}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Set<AppointmentMode> parse(String stored) {
        Set<AppointmentMode> modes = EnumSet.noneOf(AppointmentMode.class);
        Stream.of(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(AppointmentMode::valueOf)
                .forEach(modes::add);
        return modes;
    }

    static String format(Set<AppointmentMode> modes) {
        return modes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
