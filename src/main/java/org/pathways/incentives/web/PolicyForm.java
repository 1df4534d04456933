package org.pathways.incentives.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathways.incentives.domain.IncentivePolicy;
import org.pathways.incentives.domain.InvalidPolicyException;
import org.pathways.incentives.domain.PolicyChange;
import org.pathways.shared.Money;
import org.pathways.shared.SchoolYear;

/** The policy form as typed; {@link #toChange()} turns it into a checked {@link PolicyChange}. */
record PolicyForm(String schoolYear, int basedOnVersion, String startsOn, String stipendAmount, String stipendCap,
                  String eligiblePositions, String eligiblePayBands, String cpeHoursDefault,
                  String tiaPointsPerCredential, String tiaMaxSharePercent, String note) {

    static PolicyForm of(IncentivePolicy p) {
        return new PolicyForm(p.schoolYear().toString(), p.version(), p.startsOn().toString(), p.stipendAmount().plain(),
                String.valueOf(p.stipendCap()), String.join(", ", p.sortedPositions()),
                p.sortedPayBands().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                plain(p.cpeHoursDefault()), plain(p.tiaPointsPerCredential()), plain(p.tiaMaxSharePercent()), "");
    }

    /** Parses every field, reporting all problems at once. */
    PolicyChange toChange() {
        List<String> problems = new ArrayList<>();
        SchoolYear year = parse(problems, "school year", () -> SchoolYear.parse(schoolYear));
        LocalDate start = parse(problems, "start date (YYYY-MM-DD)", () -> LocalDate.parse(startsOn.trim()));
        Money amount = parse(problems, "stipend amount in dollars", () -> new Money(number(stipendAmount)));
        Integer cap = parse(problems, "cap (a whole number)", () -> Integer.valueOf(stipendCap.trim()));
        Set<Integer> bands = parse(problems, "pay bands (numbers separated by commas)", () -> items(eligiblePayBands)
                .stream().map(Integer::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)));
        BigDecimal hours = parse(problems, "default CPE hours", () -> number(cpeHoursDefault));
        BigDecimal points = parse(problems, "TIA points per micro-credential", () -> number(tiaPointsPerCredential));
        BigDecimal max = parse(problems, "maximum TIA share", () -> number(tiaMaxSharePercent));
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        return new PolicyChange(year, start, amount, cap, new LinkedHashSet<>(items(eligiblePositions)), bands, hours,
                points, max, note);
    }

    private static List<String> items(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace("$", "").replace("%", "").replace(",", "").trim());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static <T> T parse(List<String> problems, String what, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            problems.add("Enter the " + what);
            return null;
        }
    }

    /** Fields that could not be read, in the order of the form. */
    static class InvalidFormException extends IllegalArgumentException {

        private final List<String> problems;

        InvalidFormException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    static List<String> problemsOf(IllegalArgumentException e) {
        if (e instanceof InvalidFormException f) {
            return f.problems();
        }
        if (e instanceof InvalidPolicyException p) {
            return p.problems().stream().map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1)).toList();
        }
        return List.of(e.getMessage());
    }
}
