package io.spendvault.application.userdata.port.in;

import java.util.List;

/**
 * What an import did, or with a dry run would do. {@code errors} lists skipped records, at most
 * {@link #MAX_ERRORS}; {@code errorsNotListed} counts the rest.
 */
public record ImportReport(boolean dryRun, int purchasesAdded, int purchasesSkippedFutureDate, int purchasesSkippedDuplicate,
                           int warrantiesAdded, int retailersAdded, int brandsAdded, int filesAdded, int filesDeduplicated,
                           List<ImportProblem> errors, int errorsNotListed) {

    public static final int MAX_ERRORS = 1000;

    public ImportReport {
        errors = List.copyOf(errors);
    }
}
