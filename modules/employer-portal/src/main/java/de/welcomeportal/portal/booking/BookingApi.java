package de.welcomeportal.portal.booking;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.welcomeportal.portal.webapi.ApiLocales;
import de.welcomeportal.portal.webapi.ApiProblems;
import de.welcomeportal.portal.webapi.ApiRequests;
import de.welcomeportal.portal.webapi.ConcurrentChanges;

/** Advice appointments for headless CMS front ends: offices, free times, booking, confirmation, cancellation. */
@RestController
@Tag(name = "Advice appointments", description = "Offices, free times and bookings of the Welcome-Center")
class BookingApi {

    static final String OFFICES = "/api/v1/offices";
    static final String BOOKINGS = "/api/v1/bookings";
    static final String WAITING_LIST = "/api/v1/waiting-list";
    private static final int DEFAULT_DAYS = 14;

    private final BookingService service;
    private final ApiRequests requests;
    private final ApiProblems problems;

    BookingApi(BookingService service, ApiRequests requests, ApiProblems problems) {
        this.service = service;
        this.requests = requests;
        this.problems = problems;
    }

    @GetMapping(OFFICES)
    @Operation(summary = "The offices where advice appointments can be booked, with their appointment types")
    List<BookingViews.OfficeSummary> offices(HttpServletRequest request) {
        return service.offices(ApiLocales.of(request));
    }

    /** The free times of one office for one appointment type. */
    record Slots(String office, String type, List<BookingViews.Day> days) {
    }

    @GetMapping(OFFICES + "/{id}/slots")
    @Operation(summary = "Start times of an appointment type at an office, with the free places at each",
            description = "Days from 'from' to 'to' (inclusive, at most 62 days; default: the next 14 days). "
                    + "Closed days carry the public holiday or closure as closedReason. Only times that can be "
                    + "booked now are listed; 'free' is 0 when a time is fully booked.")
    @ApiResponse(responseCode = "200", description = "The days with their times",
            content = @Content(schema = @Schema(implementation = Slots.class)))
    @ApiResponse(responseCode = "400", description = "Unknown office or type, or an invalid range",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    Slots slots(@PathVariable String id, @RequestParam String type,
                @Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false)
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                @Parameter(description = "last day, YYYY-MM-DD") @RequestParam(required = false)
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                HttpServletRequest request) {
        LocalDate first = from != null ? from : LocalDate.now();
        LocalDate last = to != null ? to : first.plusDays(DEFAULT_DAYS - 1);
        return new Slots(id, type, service.availability(id, type, first, last, ApiLocales.of(request)));
    }

    @PostMapping(BOOKINGS)
    @Operation(summary = "Book an appointment",
            description = "The time is held until the e-mail address is confirmed through the link mailed to the "
                    + "employer (double opt-in); unconfirmed holds expire. The answer carries the manage link, with "
                    + "which the booking can be read and cancelled.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = BookingRequest.class))))
    @ApiResponse(responseCode = "201", description = "Held; confirm through the e-mail",
            content = @Content(schema = @Schema(implementation = BookingViews.Receipt.class)))
    @ApiResponse(responseCode = "400", description = "Invalid request; each invalid field is listed in errors",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The time is fully booked; nextFreeTimes lists alternatives",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<BookingViews.Receipt> book(HttpServletRequest request) throws IOException {
        BookingRequest booking = requests.read(request, BookingRequest.class);
        BookingViews.Receipt receipt = service.book(booking, ApiLocales.of(request));
        return ResponseEntity.created(URI.create(BOOKINGS + "/" + receipt.id())).body(receipt);
    }

    @GetMapping(BOOKINGS + "/{id}")
    @Operation(summary = "Read a booking with the token of its manage link",
            description = "A wrong id and a wrong token get the same 404 answer.")
    BookingViews.EmployerBooking read(@PathVariable String id, @RequestParam(required = false) @Nullable String token,
                                      HttpServletRequest request) {
        return service.openAsEmployer(id, token, ApiLocales.of(request));
    }

    @PostMapping(BOOKINGS + "/{id}/confirm")
    @Operation(summary = "Confirm a held time with the token of the confirmation link from the e-mail",
            description = "410 when the hold has expired (the time is free again); confirming twice is harmless.")
    BookingViews.EmployerBooking confirm(@PathVariable String id, @RequestParam(required = false) @Nullable String token,
                                         HttpServletRequest request) {
        return ConcurrentChanges.retry(() -> service.confirm(id, token, ApiLocales.of(request)));
    }

    @DeleteMapping(BOOKINGS + "/{id}")
    @Operation(summary = "Cancel a booking with the token of its manage link")
    ResponseEntity<Void> cancel(@PathVariable String id, @RequestParam(required = false) @Nullable String token) {
        ConcurrentChanges.retry(() -> service.cancel(id, token));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(WAITING_LIST)
    @Operation(summary = "Wait for a time on a fully booked day",
            description = "When a time of that day becomes free, the first one waiting is offered it by e-mail.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = WaitingListRequest.class))))
    ResponseEntity<Void> waitingList(HttpServletRequest request) throws IOException {
        WaitingListRequest entry = requests.read(request, WaitingListRequest.class);
        service.joinWaitingList(entry, ApiLocales.of(request));
        return ResponseEntity.accepted().build();
    }

    @ExceptionHandler(SlotTakenException.class)
    ResponseEntity<ProblemDetail> taken(SlotTakenException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "slot-taken", "booking.problem.slot-taken",
                request);
        problem.setProperty("nextFreeTimes", e.nextFreeTimes());
        return ApiProblems.respond(problem);
    }

    @ExceptionHandler(BookingNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return ApiProblems.respond(problems.problem(HttpStatus.NOT_FOUND, "not-found", "webapi.problem.not-found",
                request));
    }

    @ExceptionHandler(BookingStateException.class)
    ResponseEntity<ProblemDetail> state(BookingStateException e, HttpServletRequest request) {
        HttpStatus status = "hold-expired".equals(e.reason()) ? HttpStatus.GONE : HttpStatus.CONFLICT;
        ProblemDetail problem = problems.problem(status, "booking-" + e.reason(), "booking.problem." + e.reason(),
                request);
        problem.setProperty("bookingStatus", e.status());
        return ApiProblems.respond(problem);
    }
}
