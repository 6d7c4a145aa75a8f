package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Valid self-check cases drawn at random, from a seeded {@link Random} so that a failure can be replayed. Values
 * cluster around the thresholds so that boundaries are hit often.
 */
final class RandomCases {

    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 366 + 365 + 365;
    private static final List<String> CITIZENSHIPS = List.of("IN", "TR", "VN", "PH", "MA", "NG", "GH", "AF", "SY",
            "IR", "IQ", "CN", "BR", "EG", "TN", "KE", "UA", "GE", "MD", "SN", "XK", "AL", "RS", "BA", "ME", "MK",
            "US", "GB", "CA", "AU", "JP", "KR", "IL", "NZ", "AD", "MC", "SM", "PL", "DE", "NO", "CH", "IS", "LI");
    private static final List<String> ISCO = List.of("2512", "2511", "1330", "2151", "2212", "2221", "2310", "2413",
            "2431", "1221", "1320", "3115", "4322", "5120", "5223", "5321", "7212", "7411", "8344", "9112", "9313",
            "9333", "9412", "25", "21");
    private static final String[] SALARIES = {"12000", "28912.00", "28911.99", "40770", "43470", "43759.80",
            "45630", "45934.20", "45934.19", "48300", "50699.99", "50700", "53130", "55770", "55769.99", "54360"};

    private final Random random;

    RandomCases(long seed) {
        this.random = new Random(seed);
    }

    SelfCheckCase next() {
        LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
        return new SelfCheckCase(date, candidate(date), job());
    }

    private Candidate candidate(LocalDate date) {
        Candidate.Builder builder = Candidate.builder()
                .citizenships(random.nextInt(10) == 0
                        ? List.of(pick(CITIZENSHIPS), pick(CITIZENSHIPS))
                        : List.of(pick(CITIZENSHIPS)))
                .age(15 + random.nextInt(85))
                .germanLevel(pick(GermanLevel.values()))
                .adequatePensionProvision(random.nextInt(4) == 0)
                .qualification(qualification(date))
                .experience(random.nextInt(6), random.nextInt(8));
        switch (random.nextInt(20)) {
            // Outside the contract, but the engine must still answer: in Germany without a situation, or abroad
            // with one.
            case 0 -> builder.location(Location.IN_GERMANY);
            case 1 -> builder.inGermany(inGermany()).location(Location.ABROAD);
            default -> {
                if (random.nextBoolean()) {
                    builder.abroad();
                } else {
                    builder.inGermany(inGermany());
                }
            }
        }
        return builder.build();
    }

    private Qualification qualification(LocalDate date) {
        return new Qualification(pick(QualificationKind.values()),
                random.nextInt(3) == 0 ? null : random.nextInt(5),
                pick(Recognition.values()),
                random.nextBoolean(),
                random.nextBoolean(),
                random.nextInt(3) == 0 ? null : date.minusDays(random.nextInt(20 * 365)),
                random.nextInt(3) == 0);
    }

    private InGermany inGermany() {
        return new InGermany(pick(ResidenceStatus.values()),
                random.nextInt(80),
                random.nextInt(4) == 0,
                random.nextInt(60),
                random.nextInt(3) == 0 ? null : LocalDate.of(2012, 1, 1).plusDays(random.nextInt(14 * 365)),
                random.nextInt(3) == 0,
                random.nextInt(4) == 0,
                random.nextInt(4) == 0,
                random.nextInt(3) == 0 ? null : pick(Pathway.values()));
    }

    private Job job() {
        RecognitionPartnership partnership = new RecognitionPartnership(random.nextBoolean(), random.nextBoolean());
        return new Job(pick(JobKind.values()),
                random.nextInt(10) == 0 ? null : pick(ISCO),
                random.nextBoolean(),
                random.nextInt(5) == 0,
                random.nextInt(4) == 0,
                salary(),
                random.nextInt(4) == 0 ? new BigDecimal("37.5") : BigDecimal.valueOf(random.nextInt(61)),
                random.nextInt(3) == 0 ? 1 + random.nextInt(24) : null,
                random.nextInt(5) == 0,
                random.nextInt(3) == 0,
                random.nextBoolean(),
                random.nextInt(5) == 0,
                partnership);
    }

    BigDecimal salary() {
        if (random.nextBoolean()) {
            return new BigDecimal(SALARIES[random.nextInt(SALARIES.length)]);
        }
        return BigDecimal.valueOf(random.nextInt(12_000_000), 2);
    }

    BigDecimal raise() {
        return BigDecimal.valueOf(1 + random.nextInt(5_000_000), 2);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
