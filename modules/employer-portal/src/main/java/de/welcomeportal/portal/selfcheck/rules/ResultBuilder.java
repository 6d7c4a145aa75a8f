package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Collects what one rule finds about its pathway and turns it into a {@link PathwayResult}. The outcome follows from
 * what was collected: any failed requirement closes the pathway, otherwise any missing item makes it conditional,
 * otherwise it is eligible. A rule therefore never sets the outcome directly and cannot forget the missing item of a
 * conditional result.
 */
final class ResultBuilder {

    private final Pathway pathway;
    private String legalBasis;
    private @Nullable BlueCardVariant variant;
    private @Nullable Boolean baApprovalRequired;
    private boolean acceleratedProcedureSuitable;
    private boolean failed;
    private final ArrayList<Reason> reasons = new ArrayList<>();
    private final ArrayList<Missing> missing = new ArrayList<>();
    private final ArrayList<NextStep> nextSteps = new ArrayList<>();
    private final ArrayList<Authority> authorities = new ArrayList<>();
    private final ArrayList<String> guidanceKeys = new ArrayList<>();
    private final ArrayList<DocumentCode> documents = new ArrayList<>();
    private final ArrayList<Fee> fees = new ArrayList<>();
    private final ArrayList<ProcessingTime> durations = new ArrayList<>();

    ResultBuilder(Pathway pathway, String legalBasis) {
        this.pathway = pathway;
        this.legalBasis = legalBasis;
    }

    Pathway pathway() {
        return pathway;
    }

    ResultBuilder legalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
        return this;
    }

    ResultBuilder variant(@Nullable BlueCardVariant variant) {
        this.variant = variant;
        return this;
    }

    ResultBuilder baApprovalRequired(@Nullable Boolean required) {
        this.baApprovalRequired = required;
        return this;
    }

    @Nullable Boolean baApprovalRequired() {
        return baApprovalRequired;
    }

    boolean approvalNeeded() {
        return Boolean.TRUE.equals(baApprovalRequired);
    }

    ResultBuilder acceleratedProcedureSuitable(boolean suitable) {
        this.acceleratedProcedureSuitable = suitable;
        return this;
    }

    /** A requirement that is met, or a fact that shapes the pathway. */
    void because(ReasonCode code, String norm, Object... params) {
        addOnce(reasons, Reason.of(code, norm, params));
    }

    /** A requirement that is not met: the pathway is closed. */
    void fail(ReasonCode code, String norm, Object... params) {
        assert code.effect() == ReasonCode.Effect.BLOCKS : code + " does not close a pathway";
        failed = true;
        addOnce(reasons, Reason.of(code, norm, params));
    }

    /** An item that, once supplied, opens the pathway. */
    void need(MissingCode code, String norm, Object... params) {
        for (Missing item : missing) {
            if (item.code() == code) {
                return;
            }
        }
        missing.add(Missing.of(code, norm, params));
    }

    void step(StepCode code, Object... params) {
        addOnce(nextSteps, NextStep.of(code, params));
    }

    void authority(Authority authority) {
        addOnce(authorities, authority);
    }

    void guidance(String key) {
        addOnce(guidanceKeys, key);
    }

    void document(DocumentCode document) {
        addOnce(documents, document);
    }

    void fee(FeeCode code, BigDecimal amount, String norm) {
        for (Fee fee : fees) {
            if (fee.code() == code) {
                return;
            }
        }
        fees.add(new Fee(code, amount, norm));
    }

    void duration(ProcessingTime duration) {
        addOnce(durations, duration);
    }

    /**
     * Takes over the reasons and next steps of another evaluation, e.g. why each Blue Card variant failed. A reason
     * that says the same (same code and figures) under another norm is taken once.
     */
    void mergeFindings(ResultBuilder other) {
        for (Reason reason : other.reasons) {
            summarise(reason);
        }
        for (NextStep step : other.nextSteps) {
            addOnce(nextSteps, step);
        }
        failed |= other.failed;
    }

    /** Adds a reason unless one with the same code and figures is already there, whatever its norm. */
    void summarise(Reason reason) {
        for (Reason present : reasons) {
            if (present.code() == reason.code() && present.params().equals(reason.params())) {
                return;
            }
        }
        reasons.add(reason);
    }

    Outcome outcome() {
        if (failed) {
            return Outcome.NOT_ELIGIBLE;
        }
        return missing.isEmpty() ? Outcome.ELIGIBLE : Outcome.CONDITIONAL;
    }

    boolean isOpen() {
        return !failed;
    }

    PathwayResult build() {
        Outcome outcome = outcome();
        return new PathwayResult(pathway, variant, outcome, baApprovalRequired,
                acceleratedProcedureSuitable && outcome.isOpen(), legalBasis, List.copyOf(reasons),
                List.copyOf(missing), List.copyOf(nextSteps), List.copyOf(authorities), List.copyOf(guidanceKeys),
                List.copyOf(documents), List.copyOf(fees), List.copyOf(durations));
    }

    private static <T> void addOnce(List<T> list, T item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }
}
