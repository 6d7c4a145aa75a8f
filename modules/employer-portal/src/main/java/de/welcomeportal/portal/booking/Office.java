package de.welcomeportal.portal.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** An office of the Welcome-Center where (or from where) advice is given, with its opening plan. */
@Entity
@Table(name = "booking_office")
class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "office_key", nullable = false, length = 40)
    private String key;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 200)
    private String street;

    @Column(nullable = false, length = 5)
    private String postcode;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(name = "accessibility_de", nullable = false, length = 1000)
    private String accessibilityDe;

    @Column(name = "accessibility_en", nullable = false, length = 1000)
    private String accessibilityEn;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @Column(name = "earliest_hours_ahead", nullable = false)
    private int earliestHoursAhead;

    @Column(name = "latest_days_ahead", nullable = false)
    private int latestDaysAhead;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "booking_opening_window", joinColumns = @JoinColumn(name = "office_id"))
    private List<WindowRow> windows = new ArrayList<>();

    @OneToMany(mappedBy = "officeId", fetch = FetchType.EAGER)
    private List<ClosureRow> closures = new ArrayList<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "booking_office_type", joinColumns = @JoinColumn(name = "office_id"),
            inverseJoinColumns = @JoinColumn(name = "type_id"))
    private Set<AppointmentType> types = new LinkedHashSet<>();

    protected Office() {
        this.key = "";
        this.name = "";
        this.street = "";
        this.postcode = "";
        this.city = "";
        this.accessibilityDe = "";
        this.accessibilityEn = "";
    }

    Office(String key) {
        this();
        this.key = key;
        this.active = true;
        this.slotMinutes = 15;
        this.capacity = 1;
        this.bufferMinutes = 0;
        this.earliestHoursAhead = 24;
        this.latestDaysAhead = 60;
    }

    /** A weekly opening window as stored. */
    @Embeddable
    static class WindowRow {

        @Enumerated(EnumType.STRING)
        @Column(name = "day_of_week", nullable = false, length = 9)
        private DayOfWeek day = DayOfWeek.MONDAY;

        @Column(name = "opens_at", nullable = false)
        private LocalTime opens = LocalTime.NOON;

        @Column(name = "closes_at", nullable = false)
        private LocalTime closes = LocalTime.NOON;

        protected WindowRow() {
        }

        WindowRow(OpeningPlan.Window window) {
            this.day = window.day();
            this.opens = window.opens();
            this.closes = window.closes();
        }

        OpeningPlan.Window window() {
            return new OpeningPlan.Window(day, opens, closes);
        }
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Office not saved yet");
        }
        return id;
    }

    long version() {
        return version;
    }

    String key() {
        return key;
    }

    String name() {
        return name;
    }

    String street() {
        return street;
    }

    String postcode() {
        return postcode;
    }

    String city() {
        return city;
    }

    String address() {
        return street + ", " + postcode + " " + city;
    }

    String accessibility(Locale language) {
        return "en".equals(language.getLanguage()) ? accessibilityEn : accessibilityDe;
    }

    String accessibilityDe() {
        return accessibilityDe;
    }

    String accessibilityEn() {
        return accessibilityEn;
    }

    boolean active() {
        return active;
    }

    int sortOrder() {
        return sortOrder;
    }

    int capacity() {
        return capacity;
    }

    OpeningPlan plan() {
        return new OpeningPlan(Duration.ofMinutes(slotMinutes), capacity, Duration.ofMinutes(bufferMinutes),
                Duration.ofHours(earliestHoursAhead), latestDaysAhead,
                windows.stream().map(WindowRow::window).toList(),
                closures.stream().map(ClosureRow::closure).toList());
    }

    List<ClosureRow> closureRows() {
        return closures.stream().sorted(Comparator.comparing(ClosureRow::first)).toList();
    }

    /** The active types offered here, in their order. */
    List<AppointmentType> offeredTypes() {
        return types.stream().filter(AppointmentType::active)
                .sorted(Comparator.comparingInt(AppointmentType::sortOrder).thenComparing(AppointmentType::key))
                .toList();
    }

    Set<AppointmentType> types() {
        return types;
    }

    void change(OfficeAdministration.OfficeSettings settings, Set<AppointmentType> offered) {
        this.name = settings.name().strip();
        this.street = settings.street().strip();
        this.postcode = settings.postcode().strip();
        this.city = settings.city().strip();
        this.accessibilityDe = settings.accessibilityDe().strip();
        this.accessibilityEn = settings.accessibilityEn().strip();
        this.active = settings.active();
        this.sortOrder = settings.sortOrder();
        this.types.clear();
        this.types.addAll(offered);
    }

    void changePlan(OfficeAdministration.PlanSettings settings) {
        this.slotMinutes = settings.slotMinutes();
        this.capacity = settings.capacity();
        this.bufferMinutes = settings.bufferMinutes();
        this.earliestHoursAhead = settings.earliestHoursAhead();
        this.latestDaysAhead = settings.latestDaysAhead();
        this.windows.clear();
        settings.windows().forEach(window -> this.windows.add(new WindowRow(window)));
    }
}
