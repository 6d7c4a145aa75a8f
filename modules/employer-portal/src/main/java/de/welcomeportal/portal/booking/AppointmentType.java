package de.welcomeportal.portal.booking;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A kind of advice employers can book, e.g. the first advice on skilled immigration (30 minutes). */
@Entity
@Table(name = "booking_type")
class AppointmentType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "type_key", nullable = false, length = 40)
    private String key;

    @Column(name = "name_de", nullable = false, length = 120)
    private String nameDe;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "description_de", nullable = false, length = 1000)
    private String descriptionDe;

    @Column(name = "description_en", nullable = false, length = 1000)
    private String descriptionEn;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = 40)
    private String modes;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected AppointmentType() {
        this.key = "";
        this.nameDe = "";
        this.nameEn = "";
        this.descriptionDe = "";
        this.descriptionEn = "";
        this.modes = "";
    }

    AppointmentType(String key) {
        this();
        this.key = key;
        this.active = true;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Appointment type not saved yet");
        }
        return id;
    }

    long version() {
        return version;
    }

    String key() {
        return key;
    }

    String name(Locale language) {
        return "en".equals(language.getLanguage()) ? nameEn : nameDe;
    }

    String nameDe() {
        return nameDe;
    }

    String nameEn() {
        return nameEn;
    }

    String description(Locale language) {
        return "en".equals(language.getLanguage()) ? descriptionEn : descriptionDe;
    }

    String descriptionDe() {
        return descriptionDe;
    }

    String descriptionEn() {
        return descriptionEn;
    }

    Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    Set<AppointmentMode> modes() {
        return AppointmentMode.parse(modes);
    }

    boolean active() {
        return active;
    }

    int sortOrder() {
        return sortOrder;
    }

    void change(OfficeAdministration.TypeSettings settings) {
        this.nameDe = settings.nameDe().strip();
        this.nameEn = settings.nameEn().strip();
        this.descriptionDe = settings.descriptionDe().strip();
        this.descriptionEn = settings.descriptionEn().strip();
        this.durationMinutes = settings.durationMinutes();
        this.modes = AppointmentMode.format(settings.modes());
        this.active = settings.active();
        this.sortOrder = settings.sortOrder();
    }
}
